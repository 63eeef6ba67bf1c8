package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/**
 * Where a person stands in a community, as the access policy sees it.
 * {@code status} is null for someone who never asked, was never invited.
 */
@NamedInterface(name = "api", propagate = false)
public record Standing(long communityId, Visibility visibility, MembershipStatus status, boolean convener) {

	public boolean isMember() {
		return status == MembershipStatus.ACTIVE;
	}

	/** Public spaces are read by every signed-in person; others by members only. */
	public boolean canRead() {
		return visibility == Visibility.PUBLIC || isMember();
	}

	/**
	 * Members start conversations, propose gatherings and work, add to the
	 * repertoire.
	 */
	public boolean canContribute() {
		return isMember();
	}

	/** Conveners facilitate: they approve requests, invite, set the stage. */
	public boolean canConvene() {
		return isMember() && convener;
	}
}
