package org.constellation.sessions;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.constellation.shared.ConflictException;
import org.springframework.modulith.NamedInterface;

/**
 * A session asked to start before its time: it opens
 * {@link Session#OPENS_BEFORE} ahead of its planned start. Carries the planned
 * start so that a page or the API can name it, and offer to hold the session
 * now instead.
 */
@NamedInterface(name = "api", propagate = false)
public class SessionNotOpenYet extends ConflictException {

	private final ZonedDateTime plannedStart;
	private final Instant opensAt;

	SessionNotOpenYet(ZonedDateTime plannedStart, Instant opensAt) {
		super("action", "This session is planned for " + plannedStart.toOffsetDateTime() + " ("
				+ plannedStart.getZone().getId() + ") and can start from " + Session.OPENS_BEFORE.toMinutes()
				+ " minutes before. To meet now instead, start it with holdNow: true; it is then planned again for now.");
		this.plannedStart = plannedStart;
		this.opensAt = opensAt;
	}

	public ZonedDateTime plannedStart() {
		return plannedStart;
	}

	public Instant opensAt() {
		return opensAt;
	}
}
