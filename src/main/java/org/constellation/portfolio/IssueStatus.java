package org.constellation.portfolio;

import org.springframework.modulith.NamedInterface;

/** Where an issue stands in the portfolio. */
@NamedInterface(name = "api", propagate = false)
public enum IssueStatus {
	EMERGING, ACTIVE, DORMANT
}
