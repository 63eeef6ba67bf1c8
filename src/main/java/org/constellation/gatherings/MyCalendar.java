package org.constellation.gatherings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.BadQueryException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own calendar over a few weeks: every event each module puts in it
 * (the gatherings they said yes or maybe to, their partnerships' sessions),
 * with the clashes between them. Each source returns only what the person may
 * read, in a fixed number of statements, so a range costs the same whatever it
 * holds; a range is at most {@value #LONGEST_DAYS} days.
 */
@Service
@Transactional(readOnly = true)
public class MyCalendar {

	/** Six weeks: a month's grid, Monday to Sunday, at its longest. */
	public static final int LONGEST_DAYS = 42;

	private final List<CalendarFeedSource> sources;
	private final People people;

	MyCalendar(List<CalendarFeedSource> sources, People people) {
		this.sources = sources;
		this.people = people;
	}

	/** The reader's own zone. */
	public ZoneId zoneOf(AccountPrincipal viewer) {
		return ZoneId.of(viewer.practitionerId() == null ? "UTC" : people.timeZoneOf(viewer.practitionerId()));
	}

	/**
	 * The events from the first day to the last, both included, in the given zone;
	 * a last day before the first, or a range longer than six weeks, is refused
	 * naming {@code to}.
	 */
	public CalendarRange between(AccountPrincipal viewer, LocalDate from, LocalDate to, ZoneId zone) {
		if (to.isBefore(from)) {
			throw new BadQueryException("to", "The last day comes on or after the first day (" + from + ")");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_DAYS) {
			throw new BadQueryException("to", "Ask for at most " + LONGEST_DAYS + " days (six weeks) at a time");
		}
		if (viewer.practitionerId() == null) {
			return new CalendarRange(zone, from, to, List.of());
		}
		var start = from.atStartOfDay(zone).toInstant();
		var end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<CalendarEntry> entries = new ArrayList<>();
		sources.forEach(s -> entries.addAll(s.entriesBetween(viewer.practitionerId(), start, end)));
		return new CalendarRange(zone, from, to, CalendarItem.of(entries));
	}
}
