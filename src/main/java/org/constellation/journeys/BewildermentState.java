package org.constellation.journeys;

/**
 * A bewilderment is open, or settled for now. Never "solved": one may always
 * come back to it.
 */
public enum BewildermentState {
	OPEN, SETTLED
}
