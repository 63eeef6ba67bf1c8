package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Cadence generation, role rotation and momentum, without Spring. */
class SessionRulesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static Cadence cadence(CadenceKind kind, DayOfWeek day, Integer week, Integer interval, LocalDate from) {
		return Cadence.of(1L,
				new CadenceDraft(kind, day, week, interval, from, LocalTime.of(16, 0), "Europe/Berlin", 60, null));
	}

	static Instant at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atStartOfDay(BERLIN).toInstant();
	}

	@Test
	void weeklyFallsOnTheSameWeekdayAndTimeEachWeek() {
		var starts = cadence(CadenceKind.WEEKLY, DayOfWeek.TUESDAY, null, null, LocalDate.of(2026, 1, 1))
				.occurrencesAfter(at(2026, 1, 1), 3);
		assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 6),
				LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 20));
		assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(16, 0)));
	}

	@Test
	void fortnightlySkipsAWeekAndKeepsItsRhythmFromTheStartDate() {
		Cadence fortnightly = cadence(CadenceKind.FORTNIGHTLY, DayOfWeek.MONDAY, null, null, LocalDate.of(2026, 1, 1));
		assertThat(fortnightly.occurrencesAfter(at(2026, 1, 1), 3)).extracting(ZonedDateTime::toLocalDate)
				.containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2));
		// asked months later, the rhythm is the same one
		assertThat(fortnightly.occurrencesAfter(at(2026, 6, 1), 1)).extracting(ZonedDateTime::toLocalDate)
				.containsExactly(LocalDate.of(2026, 6, 8));
	}

	@Test
	void monthlyIsTheSameWeekdayOfEachMonth() {
		var starts = cadence(CadenceKind.MONTHLY, DayOfWeek.TUESDAY, 2, null, LocalDate.of(2026, 1, 20))
				.occurrencesAfter(at(2026, 1, 20), 3);
		assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 2, 10),
				LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 14));
	}

	@Test
	void customRepeatsEverySoManyDays() {
		var starts = cadence(CadenceKind.CUSTOM, null, null, 10, LocalDate.of(2026, 1, 1))
				.occurrencesAfter(at(2026, 1, 15), 2);
		assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 21),
				LocalDate.of(2026, 1, 31));
	}

	@Test
	void acrossAChangeToSummerTimeTheLocalTimeStaysAndTheInstantMoves() {
		var starts = cadence(CadenceKind.WEEKLY, DayOfWeek.TUESDAY, null, null, LocalDate.of(2026, 3, 1))
				.occurrencesAfter(at(2026, 3, 20), 2);
		assertThat(starts).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(16, 0));
		// 24 March is CET (UTC+1), 31 March is CEST (UTC+2)
		assertThat(starts.get(0).toInstant()).isEqualTo(Instant.parse("2026-03-24T15:00:00Z"));
		assertThat(starts.get(1).toInstant()).isEqualTo(Instant.parse("2026-03-31T14:00:00Z"));
	}

	@Test
	void aCadenceNamesTheFieldItLacks() {
		assertThatThrownBy(() -> cadence(CadenceKind.MONTHLY, DayOfWeek.TUESDAY, null, null, LocalDate.now()))
				.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("weekOfMonth");
		assertThatThrownBy(() -> cadence(CadenceKind.CUSTOM, null, null, 0, LocalDate.now()))
				.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("intervalDays");
		assertThatThrownBy(() -> Cadence.of(1L, new CadenceDraft(CadenceKind.WEEKLY, DayOfWeek.MONDAY, null, null,
				LocalDate.now(), LocalTime.NOON, "Mars/Olympus", 60, null))).extracting("field").isEqualTo("timeZone");
	}

	@Test
	void rolesRotateBySessionOverThePartnersInSeatOrder() {
		List<Long> seats = List.of(10L, 20L, 30L);
		assertThat(SessionRoles.of(1, seats)).isEqualTo(new SessionRoles(10L, 20L, 30L));
		assertThat(SessionRoles.of(2, seats)).isEqualTo(new SessionRoles(20L, 30L, 10L));
		assertThat(SessionRoles.of(4, seats)).isEqualTo(SessionRoles.of(1, seats));
		// two partners: each hosts in turn
		assertThat(SessionRoles.of(1, List.of(1L, 2L)).host()).isEqualTo(1L);
		assertThat(SessionRoles.of(2, List.of(1L, 2L)).host()).isEqualTo(2L);
	}

	static Session session(int number, Instant start, SessionStatus outcome) {
		Session s = new Session(1L, number, start.atZone(BERLIN), 60, start, start);
		Routine routine = new Routine(1L, 1L, start);
		routine.write("R", "", List.of(new RoutineStep("Talk", "", 30)), start);
		if (outcome == SessionStatus.HELD) {
			s.begin(routine, start);
			s.end(start.plusSeconds(3600));
		} else if (outcome == SessionStatus.CANCELLED) {
			s.cancel(start);
		}
		return s;
	}

	@Test
	void momentumCountsHeldAgainstPassedAndTheStreakFromTheLatest() {
		Instant now = at(2026, 3, 1);
		var sessions = List.of(session(1, at(2026, 1, 6), SessionStatus.HELD),
				session(2, at(2026, 1, 13), SessionStatus.PLANNED), session(3, at(2026, 1, 20), SessionStatus.HELD),
				session(4, at(2026, 1, 27), SessionStatus.CANCELLED), session(5, at(2026, 2, 3), SessionStatus.HELD),
				session(6, at(2026, 4, 7), SessionStatus.PLANNED));
		Momentum m = Momentum.of(sessions, now);
		assertThat(m.held()).isEqualTo(3);
		assertThat(m.planned()).isEqualTo(4);
		assertThat(m.streak()).isEqualTo(2);
		assertThat(m.drifting()).isFalse();
		assertThat(m.recent()).extracting(Momentum.Beat::held).containsExactly(true, false, true, true);
	}

	@Test
	void twoPassedSessionsInARowWithoutMeetingIsDrift() {
		Instant now = at(2026, 3, 1);
		var one = List.of(session(1, at(2026, 1, 6), SessionStatus.HELD),
				session(2, at(2026, 2, 3), SessionStatus.PLANNED));
		assertThat(Momentum.of(one, now).drifting()).isFalse();
		var two = List.of(session(1, at(2026, 1, 6), SessionStatus.HELD),
				session(2, at(2026, 2, 3), SessionStatus.PLANNED), session(3, at(2026, 2, 10), SessionStatus.PLANNED));
		Momentum m = Momentum.of(two, now);
		assertThat(m.drifting()).isTrue();
		assertThat(m.streak()).isZero();
		// a cancelled session between them does not break the drift, and is not counted
		var cancelled = List.of(session(2, at(2026, 2, 3), SessionStatus.PLANNED),
				session(3, at(2026, 2, 10), SessionStatus.CANCELLED),
				session(4, at(2026, 2, 17), SessionStatus.PLANNED));
		assertThat(Momentum.of(cancelled, now).drifting()).isTrue();
		assertThat(Momentum.of(cancelled, now).planned()).isEqualTo(2);
	}
}
