package org.constellation.journeys;

/** A milestone with the focus of the partnership it happened in, if any. */
public record MilestoneView(Milestone milestone, String partnershipFocus) {
}
