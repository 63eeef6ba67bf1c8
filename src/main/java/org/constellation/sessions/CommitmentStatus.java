package org.constellation.sessions;

/** How a commitment turned out when partners looked at it again. */
public enum CommitmentStatus {
	OPEN, KEPT, LET_GO, STILL_TRYING;

	/** Still to be looked at in a later session. */
	public boolean isOpen() {
		return this == OPEN || this == STILL_TRYING;
	}
}
