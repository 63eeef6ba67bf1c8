package org.constellation.journeys;

import java.util.List;

/** A bewilderment with its revisits, oldest first, for its keeper. */
public record BewildermentView(Bewilderment bewilderment, List<Revisit> revisits) {
}
