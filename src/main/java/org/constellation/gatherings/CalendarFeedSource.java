package org.constellation.gatherings;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Implemented by each module that puts events in a person's calendar (the feed
 * and the calendar page). A source returns only what the person may still read.
 */
@NamedInterface(name = "api", propagate = false)
public interface CalendarFeedSource {

	/** The events of this practitioner ending after {@code since}. */
	List<CalendarEvent> eventsFor(long practitionerId, Instant since);

	/**
	 * The events of this practitioner that take place, at least in part, from
	 * {@code from} until {@code to}, in a fixed number of statements.
	 */
	List<CalendarEntry> entriesBetween(long practitionerId, Instant from, Instant to);
}
