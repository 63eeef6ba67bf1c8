package org.constellation.people;

/**
 * A reporting line is declared by one side and confirmed or disputed by the
 * other.
 */
public enum ReportingLineStatus {
	DECLARED, CONFIRMED, DISPUTED
}
