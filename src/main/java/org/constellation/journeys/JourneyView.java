package org.constellation.journeys;

import java.util.List;

/** A person's journey over time: the chart and the table of the same data. */
public record JourneyView(Timeline timeline, List<ReflectionView> reflections, List<MilestoneView> milestones) {
}
