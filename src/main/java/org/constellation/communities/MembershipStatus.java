package org.constellation.communities;

public enum MembershipStatus {
	/** Asked to join; waits for a convener. */
	REQUESTED,
	/** Invited by a convener; waits for the person. */
	INVITED, ACTIVE, LEFT,
	/** A request a convener did not approve, or an invitation turned down. */
	DECLINED
}
