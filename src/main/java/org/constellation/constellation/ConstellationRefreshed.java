package org.constellation.constellation;

/**
 * A new snapshot of the constellation was built in the background (the first at
 * start, then each refresh): what is written from it for every reader (the
 * map's and coverage's answers) can be written now, before anyone asks.
 */
public record ConstellationRefreshed() {
}
