package org.constellation.constellation;

/**
 * The first snapshot of the constellation was built, when the application
 * became ready: what is written from it for every reader (the map's, coverage's
 * and health's answers) can be written now, before anyone asks.
 */
public record ConstellationRefreshed() {
}
