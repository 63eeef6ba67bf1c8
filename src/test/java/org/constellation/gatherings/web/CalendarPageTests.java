package org.constellation.gatherings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.constellation.gatherings.CalendarEntry;
import org.constellation.gatherings.CalendarItem;
import org.constellation.gatherings.CalendarRange;
import org.junit.jupiter.api.Test;

class CalendarPageTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

	@Test
	void theAgendaIsTheDefaultAndCoversFourWeeksFromTheDayAsked() {
		CalendarPage page = CalendarPage.of(null, null, TODAY, BERLIN);
		assertThat(page.view).isEqualTo(CalendarPage.View.AGENDA);
		assertThat(page.from).isEqualTo(TODAY);
		assertThat(page.to).isEqualTo(TODAY.plusDays(27));
		assertThat(page.next).isEqualTo(TODAY.plusDays(28));
		assertThat(CalendarPage.of("nonsense", "not-a-day", TODAY, BERLIN).from).isEqualTo(TODAY);
	}

	@Test
	void aWeekRunsFromMondayAndAMonthsGridCoversWholeWeeks() {
		CalendarPage week = CalendarPage.of("week", "2026-03-11", TODAY, BERLIN);
		assertThat(week.from).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(week.to).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(week.previous).isEqualTo(LocalDate.of(2026, 3, 2));

		CalendarPage month = CalendarPage.of("MONTH", "2026-03-11", TODAY, BERLIN)
				.with(new CalendarRange(BERLIN, null, null, List.of()));
		assertThat(month.from).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(month.to).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(month.weeks()).hasSize(6).allSatisfy(w -> assertThat(w).hasSize(7));
		assertThat(month.next).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(month.title()).isEqualTo("March 2026");
		assertThat(month.days().getFirst().inPeriod()).isFalse();
	}

	@Test
	void overlappingEventsClashBothWaysAndTouchingOrCancelledOnesDoNot() {
		var a = entry("a", 16, 0, 60, false);
		var b = entry("b", 16, 30, 90, false);
		var c = entry("c", 17, 0, 30, false); // touches a's end, overlaps b
		var d = entry("d", 16, 0, 120, true); // cancelled
		List<CalendarItem> items = CalendarItem.of(List.of(c, d, b, a));
		assertThat(items).extracting(i -> i.entry().id()).containsExactly("a", "d", "b", "c");
		assertThat(clashes(items, "a")).containsExactly("b");
		assertThat(clashes(items, "b")).containsExactly("a", "c");
		assertThat(clashes(items, "c")).containsExactly("b");
		assertThat(clashes(items, "d")).isEmpty();
	}

	private static List<String> clashes(List<CalendarItem> items, String id) {
		return items.stream().filter(i -> i.entry().id().equals(id)).findFirst().orElseThrow().clashesWith().stream()
				.map(CalendarEntry::id).toList();
	}

	private static CalendarEntry entry(String id, int hour, int minute, int minutes, boolean cancelled) {
		var start = ZonedDateTime.of(TODAY.atTime(hour, minute), BERLIN).toInstant();
		return new CalendarEntry(id, CalendarEntry.Kind.GATHERING, id, "", start, start.plusSeconds(60L * minutes), "",
				"/gatherings/1", "YES", cancelled);
	}
}
