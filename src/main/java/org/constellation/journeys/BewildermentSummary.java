package org.constellation.journeys;

/** A bewilderment in a list, with how often its keeper came back to it. */
public record BewildermentSummary(Bewilderment bewilderment, long revisits) {
}
