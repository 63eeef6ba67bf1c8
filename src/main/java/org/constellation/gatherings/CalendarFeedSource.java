package org.constellation.gatherings;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Implemented by each module that puts events in a person's calendar feed. A
 * source returns only what the person may still read.
 */
@NamedInterface(name = "api", propagate = false)
public interface CalendarFeedSource {

	/** The events of this practitioner ending after {@code since}. */
	List<CalendarEvent> eventsFor(long practitionerId, Instant since);
}
