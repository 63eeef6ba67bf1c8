package org.constellation.sessions;

import java.time.Instant;
import java.util.List;
import org.constellation.gatherings.CalendarEntry;
import org.constellation.gatherings.CalendarEvent;
import org.constellation.gatherings.CalendarFeedSource;
import org.springframework.stereotype.Component;

/**
 * A partner's sessions in their private calendar feed, while they are a
 * partner: someone who left loses them at the next refresh. Events name the
 * focus and the time, never what is said inside.
 */
@Component
class SessionFeedSource implements CalendarFeedSource {

	private final SessionService sessions;

	SessionFeedSource(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public List<CalendarEvent> eventsFor(long practitionerId, Instant since) {
		return sessions.eventsFor(practitionerId, since);
	}

	@Override
	public List<CalendarEntry> entriesBetween(long practitionerId, Instant from, Instant to) {
		return sessions.entriesBetween(practitionerId, from, to);
	}
}
