package org.constellation.sessions;

import org.springframework.modulith.NamedInterface;

/** How a commitment turned out when partners looked at it again. */
@NamedInterface(name = "api", propagate = false)
public enum CommitmentStatus {
	OPEN, KEPT, LET_GO, STILL_TRYING;

	/** Still to be looked at in a later session. */
	public boolean isOpen() {
		return this == OPEN || this == STILL_TRYING;
	}
}
