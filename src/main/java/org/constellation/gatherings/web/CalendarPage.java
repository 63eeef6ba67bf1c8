package org.constellation.gatherings.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constellation.gatherings.CalendarItem;
import org.constellation.gatherings.CalendarRange;

/**
 * What the calendar page draws for one view: the days it covers (an agenda of
 * four weeks from a day, a week from Monday, or a month's grid from the Monday
 * before its first day to the Sunday after its last), the way to the previous
 * and next stretch, and each day's events. Plain Java, so its arithmetic is
 * tested without a server.
 */
public final class CalendarPage {

	public enum View {
		AGENDA, WEEK, MONTH;

		static View of(String name) {
			if (name != null) {
				for (View v : values()) {
					if (v.name().equalsIgnoreCase(name.strip())) {
						return v;
					}
				}
			}
			return AGENDA;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	static final int AGENDA_DAYS = 28;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
	private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	/** One day of the view, with its events. */
	public record Day(LocalDate date, List<CalendarItem> items, boolean inPeriod, boolean today) {

		public String anchor() {
			return "day-" + date;
		}

		public String name() {
			return DAY.format(date);
		}

		public int number() {
			return date.getDayOfMonth();
		}

		public boolean hasClash() {
			return items.stream().anyMatch(CalendarItem::clashes);
		}

		/** Up to three dots, one per event, for the month's grid. */
		public String dots() {
			return "\u25CF".repeat(Math.min(3, items.size())) + (items.size() > 3 ? "+" : "");
		}
	}

	public final View view;
	public final LocalDate anchor;
	public final LocalDate from;
	public final LocalDate to;
	public final LocalDate previous;
	public final LocalDate next;
	public final LocalDate today;
	public final ZoneId zone;
	private List<Day> days = List.of();

	private CalendarPage(View view, LocalDate anchor, LocalDate today, ZoneId zone) {
		this.view = view;
		this.anchor = anchor;
		this.today = today;
		this.zone = zone;
		switch (view) {
			case AGENDA -> {
				from = anchor;
				to = anchor.plusDays(AGENDA_DAYS - 1);
				previous = anchor.minusDays(AGENDA_DAYS);
				next = anchor.plusDays(AGENDA_DAYS);
			}
			case WEEK -> {
				from = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				to = from.plusDays(6);
				previous = from.minusWeeks(1);
				next = from.plusWeeks(1);
			}
			default -> {
				LocalDate first = anchor.withDayOfMonth(1);
				from = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				to = first.with(TemporalAdjusters.lastDayOfMonth())
						.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
				previous = first.minusMonths(1);
				next = first.plusMonths(1);
			}
		}
	}

	/**
	 * The view asked for (the agenda unless another is named) around the day asked
	 * for (today unless a day YYYY-MM-DD is given).
	 */
	static CalendarPage of(String view, String from, LocalDate today, ZoneId zone) {
		LocalDate anchor = today;
		if (from != null && !from.isBlank()) {
			try {
				anchor = LocalDate.parse(from.strip());
			} catch (DateTimeParseException notADay) {
				// a day that does not parse shows today, as a link without one would
			}
		}
		return new CalendarPage(View.of(view), anchor, today, zone);
	}

	/** Places the events of the range on the view's days. */
	CalendarPage with(CalendarRange range) {
		List<Day> all = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			boolean inPeriod = view != View.MONTH || d.getMonth() == anchor.getMonth();
			all.add(new Day(d, range.on(d), inPeriod, d.equals(today)));
		}
		days = List.copyOf(all);
		return this;
	}

	public List<Day> days() {
		return days;
	}

	/** The days of the view that have events, in its period (for the lists). */
	public List<Day> busyDays() {
		return days.stream().filter(d -> d.inPeriod() && !d.items().isEmpty()).toList();
	}

	/** The month's grid, a week a row. */
	public List<List<Day>> weeks() {
		List<List<Day>> weeks = new ArrayList<>();
		for (int i = 0; i < days.size(); i += 7) {
			weeks.add(days.subList(i, Math.min(days.size(), i + 7)));
		}
		return weeks;
	}

	public String param() {
		return view.param();
	}

	/** "March 2026", "Monday 2 March 2026", "2 March to 29 March 2026". */
	public String title() {
		return switch (view) {
			case MONTH -> MONTH.format(anchor);
			case WEEK -> DAY_YEAR.format(from);
			case AGENDA -> DAY.format(from);
		};
	}

	public String toTitle() {
		return DAY_YEAR.format(to);
	}

	/** The zone as the reader knows it: "Europe/Berlin (CET)". */
	public String zoneName() {
		return zone.getId() + " (" + ZONE.format(anchor.atStartOfDay(zone)) + ")";
	}

	/**
	 * When an event takes place as seen from one day: "16:00–17:30", or from or
	 * until midnight when it spans days.
	 */
	public String time(CalendarItem item, LocalDate day) {
		var start = item.entry().start().atZone(zone);
		var end = item.entry().end().atZone(zone);
		String from = start.toLocalDate().equals(day)
				? TIME.format(start)
				: DAY.format(start) + " " + TIME.format(start);
		String until = end.toLocalDate().equals(start.toLocalDate())
				? TIME.format(end)
				: DAY.format(end) + " " + TIME.format(end);
		return from + "\u2013" + until;
	}

	/** When another event takes place, for a clash: "16:30–17:30". */
	public String time(org.constellation.gatherings.CalendarEntry entry) {
		var start = entry.start().atZone(zone);
		var end = entry.end().atZone(zone);
		return DAY.format(start) + ", " + TIME.format(start) + "\u2013" + TIME.format(end);
	}
}
