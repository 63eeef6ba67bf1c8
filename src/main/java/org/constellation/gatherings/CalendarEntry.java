package org.constellation.gatherings;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One event of a person's calendar as the calendar page and
 * {@code GET /api/v1/me/calendar} show it, whichever module it comes from.
 *
 * @param id
 *            stays the same for the life of the event (the invite's UID)
 * @param kind
 *            what sort of event it is
 * @param title
 *            the gathering's title, or the partnership's focus
 * @param context
 *            the community of a gathering; blank for a session
 * @param start
 *            when it starts
 * @param end
 *            when it ends
 * @param location
 *            the place, or blank
 * @param link
 *            the page of the event inside Constellation
 * @param answer
 *            the person's answer to a gathering (YES or MAYBE), or null
 * @param cancelled
 *            whether it is off; a cancelled event clashes with nothing
 */
@NamedInterface(name = "api", propagate = false)
public record CalendarEntry(String id, Kind kind, String title, String context, Instant start, Instant end,
		String location, String link, String answer, boolean cancelled) {

	/** The kinds of event a calendar holds. */
	@NamedInterface(name = "api", propagate = false)
	public enum Kind {
		GATHERING, PARTNERSHIP_SESSION
	}

	/** Whether the two share some time (touching ends do not). */
	public boolean overlaps(CalendarEntry other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}
}
