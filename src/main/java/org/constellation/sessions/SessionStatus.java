package org.constellation.sessions;

/** Where a session of a partnership stands. */
public enum SessionStatus {
	/** Coming up, or under way until a partner ends it. */
	PLANNED,
	/** Partners met: it was ended, and at least one of them checked in as there. */
	HELD,
	/**
	 * Ended without anyone checking in as there: it counts as not held, like a
	 * session that passed without meeting, until a partner checks in.
	 */
	NOT_HELD,
	/** Called off; kept so calendars learn it is off. */
	CANCELLED;

	/** Held or not, the session was ended: the runner is over. */
	public boolean isEnded() {
		return this == HELD || this == NOT_HELD;
	}
}
