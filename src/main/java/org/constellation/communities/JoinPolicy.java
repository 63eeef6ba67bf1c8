package org.constellation.communities;

/** How people come in. */
public enum JoinPolicy {
	/** Anyone joins at once, saying why they are here. */
	OPEN,
	/** People ask, saying why they are here; a convener approves. */
	REQUEST,
	/** Only people a convener invites. */
	INVITATION
}
