package org.constellation.people;

import org.springframework.modulith.NamedInterface;

/** How the one declaring a reporting line stands to the other person. */
@NamedInterface(name = "api", propagate = false)
public enum ReportingRelation {
	/** I supervise them. */
	I_SUPERVISE,
	/** They supervise me. */
	SUPERVISES_ME
}
