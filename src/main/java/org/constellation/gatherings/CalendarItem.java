package org.constellation.gatherings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An event of a person's calendar with the events it clashes with: those of
 * theirs that share some of its time. A cancelled event clashes with nothing.
 */
public record CalendarItem(CalendarEntry entry, List<CalendarEntry> clashesWith) {

	public CalendarItem {
		clashesWith = List.copyOf(clashesWith);
	}

	public boolean clashes() {
		return !clashesWith.isEmpty();
	}

	/** The events in order of their start, each with its clashes. */
	public static List<CalendarItem> of(List<CalendarEntry> entries) {
		List<CalendarEntry> sorted = entries.stream().sorted(Comparator.comparing(CalendarEntry::start)
				.thenComparing(CalendarEntry::end).thenComparing(CalendarEntry::id)).toList();
		List<CalendarItem> items = new ArrayList<>(sorted.size());
		for (CalendarEntry entry : sorted) {
			List<CalendarEntry> clashes = new ArrayList<>();
			if (!entry.cancelled()) {
				for (CalendarEntry other : sorted) {
					// sorted by start: nothing after one that starts at or after this one's end
					if (!other.start().isBefore(entry.end())) {
						break;
					}
					if (other != entry && !other.cancelled() && entry.overlaps(other)) {
						clashes.add(other);
					}
				}
			}
			items.add(new CalendarItem(entry, clashes));
		}
		return items;
	}
}
