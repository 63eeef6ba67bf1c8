package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.constellation.support.CalendarFixtures;
import org.constellation.support.CalendarFixtures.ClashingWeek;
import org.constellation.support.Statements;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's calendar costs the same number of SQL statements with three events
 * as with a hundred in the same weeks, on the page (each view) and through the
 * API: each module's events come in a fixed number of statements, none per
 * event, and the clashes are found in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarQueryCountIT {

	/**
	 * Through the API: the token and its use, the reader's zone, then gatherings 3
	 * (the answers with their gatherings, which communities the person may read,
	 * their names) and sessions 3 (the partner's rows, their partnerships, the
	 * sessions).
	 */
	static final int API = 11;

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> seeded = new ArrayList<>();

	@AfterAll
	void removeWhatWasSeeded() {
		seeded.reversed().forEach(jdbc::update);
	}

	@Test
	void aCalendarCostsTheSameWithAHundredEventsAsWithThree() {
		ClashingWeek week = CalendarFixtures.clashingWeek(port, "Europe/Berlin");
		LocalDate day = week.sessionStart().toLocalDate();
		String api = "/api/v1/me/calendar?from=" + day.withDayOfMonth(1) + "&to=" + day.withDayOfMonth(1).plusDays(41);
		WebSession page = WebSession.signedIn(port, week.me().email());
		List<String> views = List.of("/gatherings?view=agenda&from=" + day, "/gatherings?view=week&from=" + day,
				"/gatherings?view=month&from=" + day);
		assertThat(page.get(views.get(2)).body()).contains("Clashes with");

		long apiFew = statementsFor(() -> assertThat(week.me().api().get(api).status()).isEqualTo(200));
		List<Long> pagesFew = views.stream()
				.map(v -> statementsFor(() -> assertThat(page.get(v).status()).isEqualTo(200))).toList();

		manyMore(week);
		assertThat(week.me().api().get(api).json().get("events").size()).isGreaterThanOrEqualTo(100);
		long apiMany = statementsFor(() -> assertThat(week.me().api().get(api).status()).isEqualTo(200));
		List<Long> pagesMany = views.stream()
				.map(v -> statementsFor(() -> assertThat(page.get(v).status()).isEqualTo(200))).toList();

		System.out.printf(
				"Calendar: API %d statements with 3 events, %d with 100+; pages (agenda, week, month) %s and %s%n",
				apiFew, apiMany, pagesFew, pagesMany);
		assertThat(apiMany).isEqualTo(apiFew).isLessThanOrEqualTo(API);
		assertThat(pagesMany).isEqualTo(pagesFew);
	}

	/**
	 * Written straight into the tables: 50 more sessions of the member's
	 * partnership and 50 more gatherings they said yes to, all in the same weeks.
	 */
	private void manyMore(ClashingWeek week) {
		Timestamp now = Timestamp.from(java.time.Instant.now());
		List<Object[]> sessions = new ArrayList<>();
		List<Object[]> gatherings = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			var at = week.sessionStart().toInstant().minus(Duration.ofDays(5)).plus(Duration.ofHours(5L * i));
			sessions.add(new Object[]{week.partnership(), 2000 + i, Timestamp.from(at), now, now});
			gatherings.add(new Object[]{week.community(), "Counted calendar gathering " + i,
					Timestamp.from(at.plus(Duration.ofMinutes(30))), Timestamp.from(at.plus(Duration.ofMinutes(90))),
					week.partner().practitionerId(), now, now});
		}
		jdbc.batchUpdate("insert into partnership_sessions (partnership_id, number, starts_at, time_zone, "
				+ "duration_minutes, status, created_at, updated_at) values (?, ?, ?, 'UTC', 60, 'PLANNED', ?, ?)",
				sessions);
		seeded.add("delete from partnership_sessions where partnership_id = " + week.partnership()
				+ " and number >= 2000");
		jdbc.batchUpdate("insert into gatherings (community_id, title, starts_at, ends_at, time_zone, "
				+ "duration_minutes, proposed_by, created_at, updated_at) values (?, ?, ?, ?, 'UTC', 60, ?, ?, ?)",
				gatherings);
		jdbc.update("insert into gathering_rsvps (gathering_id, practitioner_id, response, responded_at) "
				+ "select id, ?, 'YES', ? from gatherings where title like 'Counted calendar gathering %' and community_id = ?",
				week.me().practitionerId(), now, week.community());
		seeded.add("delete from gatherings where title like 'Counted calendar gathering %'");
		seeded.add(
				"delete from gathering_rsvps where gathering_id in (select id from gatherings where title like 'Counted calendar gathering %')");
	}

	private long statementsFor(Runnable call) {
		return Statements.fewest(entityManagerFactory, call);
	}
}
