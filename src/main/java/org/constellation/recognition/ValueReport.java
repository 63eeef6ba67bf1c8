package org.constellation.recognition;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * The report for sponsors of one community ({@code communityId} set) or of the
 * whole constellation: the stories made visible, counted per value cycle and
 * per month, with the footprints of the conveners and their endorsements; the
 * stories themselves a page at a time, newest first.
 */
public record ValueReport(Long communityId, String communityName, long storyCount, Map<ValueCycle, Long> perCycle,
		List<Chart.Entry> perMonth, Chart cycleChart, Chart monthChart, Page<ValueStoryView> stories,
		List<Footprint> conveners, List<EndorsementView> endorsements) {
}
