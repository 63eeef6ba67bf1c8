package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/** How people come in. */
@NamedInterface(name = "api", propagate = false)
public enum JoinPolicy {
	/** Anyone joins at once, saying why they are here. */
	OPEN,
	/** People ask, saying why they are here; a convener approves. */
	REQUEST,
	/** Only people a convener invites. */
	INVITATION
}
