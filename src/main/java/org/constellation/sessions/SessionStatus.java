package org.constellation.sessions;

/** Where a session of a partnership stands. */
public enum SessionStatus {
	/** Coming up, or under way until a partner ends it. */
	PLANNED,
	/** Partners met and ended the session. */
	HELD,
	/** Called off; kept so calendars learn it is off. */
	CANCELLED
}
