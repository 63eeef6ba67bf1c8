package org.constellation.partnerships;

import org.springframework.modulith.NamedInterface;

/** Where a partnership is in its life. */
@NamedInterface(name = "api", propagate = false)
public enum PartnershipState {
	/** Proposed; fewer than two have accepted, or invitations are still open. */
	FORMING,
	/** Partners are working through the opening script and confirming trust. */
	OPENING,
	/** Every partner confirmed they can be vulnerable here: sessions run. */
	ACTIVE,
	/** Partners paused; nothing is planned until one resumes. */
	PAUSED,
	/** Closed: readable by its partners, changed by nobody. */
	CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}
}
