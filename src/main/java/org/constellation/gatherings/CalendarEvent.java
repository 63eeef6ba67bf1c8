package org.constellation.gatherings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * One event of an invite or a feed, whichever module it comes from (a
 * community's gathering, later a partnership's session). {@code uid} must stay
 * the same for the life of the event and {@code sequence} grow with each
 * change, so calendars update the entry instead of adding a second one.
 * {@code location} and {@code url} may be blank.
 */
@NamedInterface(name = "api", propagate = false)
public record CalendarEvent(String uid, ZonedDateTime start, Duration duration, String summary, String description,
		String location, String url, int sequence, boolean cancelled, Instant stamp) {
}
