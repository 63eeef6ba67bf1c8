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
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Cadence generation, role rotation, momentum and the runner's rules (when a
 * session opens, holding it now, ending early, held only with a check-in),
 * without Spring.
 */
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
		if (outcome.isEnded()) {
			s.begin(routine, start);
			s.end(false, 1, outcome == SessionStatus.HELD, start.plusSeconds(3600));
		} else if (outcome == SessionStatus.CANCELLED) {
			s.cancel(start);
		}
		return s;
	}

	static Routine routine(int steps, Instant at) {
		Routine routine = new Routine(1L, 1L, at);
		routine.write("R", "", java.util.stream.IntStream.rangeClosed(1, steps)
				.mapToObj(i -> new RoutineStep("Step " + i, "", 10)).toList(), at);
		return routine;
	}

	@Test
	void aSessionOpensHalfAnHourBeforeItsPlannedStartAndNotBefore() {
		Instant start = Instant.parse("2026-03-10T15:00:00Z");
		Session s = new Session(1L, 1, start.atZone(BERLIN), 60, start, start.minusSeconds(86_400 * 7));
		assertThat(s.opensAt()).isEqualTo(Instant.parse("2026-03-10T14:30:00Z"));

		Instant aWeekEarly = start.minusSeconds(86_400 * 7);
		assertThat(s.isTooEarlyToStart(aWeekEarly)).isTrue();
		assertThatThrownBy(() -> s.begin(routine(3, aWeekEarly), aWeekEarly)).isInstanceOf(SessionNotOpenYet.class)
				.hasMessageContaining("2026-03-10T16:00+01:00").hasMessageContaining("Europe/Berlin")
				.extracting("field").isEqualTo("action");
		Instant aMinuteTooEarly = Instant.parse("2026-03-10T14:29:00Z");
		assertThatThrownBy(() -> s.begin(routine(3, aMinuteTooEarly), aMinuteTooEarly))
				.isInstanceOf(SessionNotOpenYet.class);
		assertThat(s.isStarted()).isFalse();

		Instant halfAnHourBefore = Instant.parse("2026-03-10T14:30:00Z");
		s.begin(routine(3, halfAnHourBefore), halfAnHourBefore);
		assertThat(s.isRunning()).isTrue();
		// started within its time, it keeps its planned start
		assertThat(s.getStartsAt()).isEqualTo(start);
	}

	@Test
	void aSessionRunningLateStillStartsAtItsPlannedTime() {
		Instant start = Instant.parse("2026-03-10T15:00:00Z");
		Session s = new Session(1L, 1, start.atZone(BERLIN), 60, start, start);
		Instant late = start.plusSeconds(20 * 60);
		s.begin(routine(2, late), late);
		assertThat(s.getStartsAt()).isEqualTo(start);
		assertThat(s.getStartedAt()).isEqualTo(late);
	}

	@Test
	void holdingASessionNowPlansItAgainForNowInItsOwnZoneAndStartsIt() {
		Instant start = Instant.parse("2026-03-10T15:00:00Z");
		Session s = new Session(1L, 4, start.atZone(BERLIN), 75, start, start.minusSeconds(86_400 * 14));
		Instant now = start.minusSeconds(86_400 * 6);
		s.holdNow(routine(3, now), now);
		assertThat(s.isRunning()).isTrue();
		assertThat(s.getStartsAt()).isEqualTo(now);
		assertThat(s.getTimeZone()).isEqualTo("Europe/Berlin");
		assertThat(s.getDurationMinutes()).isEqualTo(75);
		// the moment the cadence gave it stays: the cadence does not plan it twice
		assertThat(s.getPlannedFor()).isEqualTo(start);

		// within its time, holding it now simply starts it
		Session onTime = new Session(1L, 5, start.atZone(BERLIN), 60, start, start);
		Instant soon = start.minusSeconds(10 * 60);
		onTime.holdNow(routine(3, soon), soon);
		assertThat(onTime.getStartsAt()).isEqualTo(start);
	}

	@Test
	void endingBeforeTheLastStepMustBeConfirmed() {
		Instant start = Instant.parse("2026-03-10T15:00:00Z");
		Session s = new Session(1L, 1, start.atZone(BERLIN), 60, start, start);
		s.begin(routine(3, start), start);
		s.goTo(1, 3, start.plusSeconds(600));
		assertThatThrownBy(() -> s.end(false, 3, true, start.plusSeconds(900))).isInstanceOf(ConflictException.class)
				.hasMessageContaining("step 2 of 3").extracting("field").isEqualTo("confirm");
		assertThat(s.isRunning()).isTrue();

		s.end(true, 3, true, start.plusSeconds(900));
		assertThat(s.getStatus()).isEqualTo(SessionStatus.HELD);

		Session last = new Session(1L, 2, start.atZone(BERLIN), 60, start, start);
		last.begin(routine(3, start), start);
		last.goTo(2, 3, start.plusSeconds(600));
		last.end(false, 3, true, start.plusSeconds(900));
		assertThat(last.getStatus()).isEqualTo(SessionStatus.HELD);
		// ending twice changes nothing
		last.end(false, 3, false, start.plusSeconds(1200));
		assertThat(last.getStatus()).isEqualTo(SessionStatus.HELD);
		assertThat(last.getEndedAt()).isEqualTo(start.plusSeconds(900));
	}

	@Test
	void aSessionEndedWithoutACheckInIsNotHeldUntilSomeoneChecksIn() {
		Instant start = Instant.parse("2026-03-10T15:00:00Z");
		Session s = new Session(1L, 1, start.atZone(BERLIN), 60, start, start);
		s.begin(routine(1, start), start);
		s.end(false, 1, false, start.plusSeconds(3600));
		assertThat(s.getStatus()).isEqualTo(SessionStatus.NOT_HELD);
		assertThat(s.isRunning()).isFalse();
		assertThatThrownBy(() -> s.begin(routine(1, start), start)).isInstanceOf(ConflictException.class);

		assertThat(s.recount(true, start.plusSeconds(4000))).isTrue();
		assertThat(s.getStatus()).isEqualTo(SessionStatus.HELD);
		assertThat(s.recount(true, start.plusSeconds(4100))).isFalse();
		// the only partner there says they were not after all
		s.recount(false, start.plusSeconds(4200));
		assertThat(s.getStatus()).isEqualTo(SessionStatus.NOT_HELD);

		// a session not ended is not counted by a check-in
		Session planned = new Session(1L, 2, start.atZone(BERLIN), 60, start, start);
		assertThat(planned.recount(true, start)).isFalse();
		assertThat(planned.getStatus()).isEqualTo(SessionStatus.PLANNED);
	}

	@Test
	void momentumCountsASessionEndedWithoutACheckInAsNotHeldAndItCanDrift() {
		Instant now = at(2026, 3, 1);
		var sessions = List.of(session(1, at(2026, 1, 6), SessionStatus.HELD),
				session(2, at(2026, 1, 13), SessionStatus.NOT_HELD),
				session(3, at(2026, 1, 20), SessionStatus.NOT_HELD));
		Momentum m = Momentum.of(sessions, now);
		assertThat(m.held()).isEqualTo(1);
		assertThat(m.planned()).isEqualTo(3);
		assertThat(m.streak()).isZero();
		assertThat(m.drifting()).isTrue();
		assertThat(m.recent()).extracting(Momentum.Beat::held).containsExactly(true, false, false);
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

	@Test
	void aRoomsStampReadsBackAsWrittenAndTellsWhichPartChanged() {
		RoomStamp shown = new RoomStamp(7, true, RoomStamp.checkIns(2, 1_765_000_000_123L), 3, 1);
		assertThat(shown.text()).isEqualTo("7-1-2.1765000000123-3-1");
		assertThat(RoomStamp.read(shown.text())).isEqualTo(shown);
		assertThat(RoomStamp.read("7-1-2.0-3")).isNull();
		assertThat(RoomStamp.read("x-1-2.0-3-1")).isNull();
		assertThat(RoomStamp.read(null)).isNull();

		assertThat(new RoomStamp(7, true, shown.checkIns(), 4, 1).sessionChanged(shown)).isFalse();
		assertThat(new RoomStamp(8, true, shown.checkIns(), 3, 1).sessionChanged(shown)).isTrue();
		// the time to start came: the room shows "Start the session" instead of "Hold
		// it now"
		assertThat(new RoomStamp(7, false, shown.checkIns(), 3, 1).sessionChanged(shown)).isTrue();
		// someone checked in: the step's word on who is there may change
		assertThat(new RoomStamp(7, true, RoomStamp.checkIns(3, 1_765_000_001_000L), 3, 1).sessionChanged(shown))
				.isTrue();
		assertThat(shown.sessionChanged(null)).isTrue();
	}
}
