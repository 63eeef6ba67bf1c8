package org.constellation.portfolio;

/** Where an issue stands in the portfolio. */
public enum IssueStatus {
	EMERGING, ACTIVE, DORMANT
}
