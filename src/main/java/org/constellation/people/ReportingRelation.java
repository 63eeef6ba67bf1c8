package org.constellation.people;

/** How the one declaring a reporting line stands to the other person. */
public enum ReportingRelation {
	/** I supervise them. */
	I_SUPERVISE,
	/** They supervise me. */
	SUPERVISES_ME
}
