package org.constellation.gatherings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A person's calendar over a range of days in their own zone, from the first
 * day to the last, both included.
 */
public record CalendarRange(ZoneId zone, LocalDate from, LocalDate to, List<CalendarItem> items) {

	/** The events that take place, at least in part, on this day. */
	public List<CalendarItem> on(LocalDate day) {
		var start = day.atStartOfDay(zone).toInstant();
		var end = day.plusDays(1).atStartOfDay(zone).toInstant();
		return items.stream().filter(i -> i.entry().start().isBefore(end) && i.entry().end().isAfter(start)).toList();
	}

	public long clashCount() {
		return items.stream().filter(CalendarItem::clashes).count();
	}
}
