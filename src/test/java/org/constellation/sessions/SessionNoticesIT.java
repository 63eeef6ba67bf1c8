package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.constellation.people.AccountPrincipal;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What leaves a partnership: calendar feeds and invites, read back with ical4j
 * as a calendar app would, reminders the day before and the drift notice (also
 * for sessions ended without anyone checking in), each sent once and to the
 * partners alone. The scheduled checks are off here so that the test runs them
 * itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionNoticesIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	SessionReminders reminders;
	@Autowired
	SessionPlanner planner;

	SessionFixtures fixtures;
	AccountPrincipal ana;
	AccountPrincipal ben;
	AccountPrincipal outsider;
	String focus;
	long id;

	@BeforeEach
	void anActivePartnership() {
		fixtures = SessionFixtures.of(context);
		ana = fixtures.person("Europe/Berlin");
		ben = fixtures.person("Asia/Tokyo");
		outsider = fixtures.person("UTC");
		focus = SessionFixtures.unique("Listening to students");
		id = fixtures.active(focus, ana, ben);
	}

	static Calendar parse(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	/**
	 * The scheduled check plans again for a partnership short of its horizon, and
	 * finds nothing to do once every one is full.
	 */
	@Test
	void theScheduledCheckTopsUpAPartnershipShortOfSessionsAndOnlyThatOne() {
		assertThat(
				Api.as(port, ana.email())
						.put("/api/v1/partnerships/" + id + "/cadence",
								Api.json(Map.of("kind", "WEEKLY", "dayOfWeek", "MONDAY", "startDate",
										LocalDate.now().toString(), "time", "18:30", "timeZone", "Europe/Berlin",
										"durationMinutes", 60)))
						.status())
				.isEqualTo(200);
		planner.fillAll();
		String ahead = "select count(*) from partnership_sessions where partnership_id = ? and planned_for is not null"
				+ " and starts_at > current_timestamp";
		assertThat(jdbc.queryForObject(ahead, Long.class, id)).isEqualTo(SessionPlanner.HORIZON);

		jdbc.update("delete from partnership_sessions where partnership_id = ? and number = "
				+ "(select max(number) from partnership_sessions where partnership_id = ?)", id, id);
		assertThat(planner.fillAll()).isEqualTo(1);
		assertThat(jdbc.queryForObject(ahead, Long.class, id)).isEqualTo(SessionPlanner.HORIZON);
		assertThat(planner.fillAll()).isZero();
	}

	@Test
	void eachPartnersFeedHoldsThePlannedSessionsWithoutAnythingSaidInside() throws Exception {
		Api a = Api.as(port, ana.email());
		a.put("/api/v1/partnerships/" + id + "/cadence",
				Api.json(
						Map.of("kind", "FORTNIGHTLY", "dayOfWeek", "WEDNESDAY", "startDate", LocalDate.now().toString(),
								"time", "18:30", "timeZone", "Europe/Berlin", "durationMinutes", 60)));
		a.post("/api/v1/partnerships/" + id + "/sessions/1/notes", "{\"body\":\"A secret of the partnership\"}");

		String url = Api.as(port, ben.email()).post("/api/v1/me/calendar-feed/reset", "").json().get("url").asString();
		String feed = Api.anonymous(port).get(url.substring(url.indexOf("/calendar/"))).body();
		Calendar calendar = parse(feed);
		List<VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
				.filter(e -> e.getUid().orElseThrow().getValue().startsWith("partnership-session-")).toList();
		assertThat(events).hasSize(SessionPlanner.HORIZON);
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getSummary().getValue()).isEqualTo("Partnership session: " + focus);
			assertThat(e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
			assertThat(e.getDateTimeStart().getValue()).endsWith("T183000");
		});
		assertThat(feed).doesNotContain("A secret of the partnership");

		var invite = a.get("/api/v1/partnerships/" + id + "/sessions/1/calendar.ics");
		assertThat(invite.contentType()).startsWith("text/calendar");
		assertThat(parse(invite.body()).<VEvent>getComponents(Component.VEVENT)).hasSize(1);

		// someone who is not a partner has none of them in their feed
		String other = Api.as(port, outsider.email()).post("/api/v1/me/calendar-feed/reset", "").json().get("url")
				.asString();
		assertThat(Api.anonymous(port).get(other.substring(other.indexOf("/calendar/"))).body())
				.doesNotContain("partnership-session-");
	}

	@Test
	void driftIsToldOnceAndToThePartnersAlone() {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Berlin"));
		fixtures.planned(id, now.minusDays(14));
		fixtures.planned(id, now.minusDays(7));

		reminders.noticeDrift();
		reminders.noticeDrift();

		assertThat(countByRecipient(mails("Your partnership has missed a couple of sessions",
				Set.of(ana.email(), ben.email(), outsider.email()))))
				.containsOnly(Map.entry(ana.email(), 1L), Map.entry(ben.email(), 1L));
		assertThat(Api.as(port, ana.email()).get("/api/v1/partnerships/" + id + "/momentum").json().get("drifting")
				.asBoolean()).isTrue();
	}

	@Test
	void aSessionEndedWithoutAnyoneCheckingInCountsTowardDrift() {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Berlin"));
		fixtures.planned(id, now.minusDays(14));
		int ended = fixtures.planned(id, now.minusDays(7)).getNumber();
		Api a = Api.as(port, ana.email());
		String session = "/api/v1/partnerships/" + id + "/sessions/" + ended;
		long routine = a.get("/api/v1/routines").json().get(0).get("id").asLong();
		assertThat(a.put(session, Api.json(Map.of("action", "start", "routineId", routine))).status()).isEqualTo(200);
		var end = a.put(session, "{\"action\":\"end\",\"confirm\":true}");
		assertThat(end.json().get("session").get("status").asString()).isEqualTo("NOT_HELD");

		reminders.noticeDrift();

		assertThat(countByRecipient(
				mails("Your partnership has missed a couple of sessions", Set.of(ana.email(), ben.email()))))
				.containsOnly(Map.entry(ana.email(), 1L), Map.entry(ben.email(), 1L));
		assertThat(a.get("/api/v1/partnerships/" + id + "/momentum").json().get("drifting").asBoolean()).isTrue();

		// Ben was there: his check-in makes it held, and the partnership no longer
		// drifts
		assertThat(Api.as(port, ben.email()).put(session + "/check-ins", "{\"attending\":true}").status())
				.isEqualTo(200);
		assertThat(a.get("/api/v1/partnerships/" + id + "/momentum").json().get("drifting").asBoolean()).isFalse();
		assertThat(jdbc.queryForObject("select drift_noticed_at from partnerships where id = ?",
				java.sql.Timestamp.class, id)).isNull();
	}

	@Test
	void partnersAreRemindedOnceTheDayBefore() {
		ZonedDateTime soon = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusHours(3);
		fixtures.planned(id, soon);

		reminders.sendDue();
		reminders.sendDue();

		List<Mailbox.Message> mails = mails("Reminder: partnership session", Set.of(ana.email(), ben.email()));
		assertThat(countByRecipient(mails)).containsOnly(Map.entry(ana.email(), 1L), Map.entry(ben.email(), 1L));
		String toTokyo = mails.stream().filter(m -> m.recipient().equals(ben.email())).findFirst().orElseThrow().body();
		assertThat(toTokyo).contains("JST").contains("/partnerships/" + id + "/sessions/");
	}

	private List<Mailbox.Message> mails(String subject, Set<String> among) {
		return Mailbox.all().stream().filter(m -> m.subject().equals(subject))
				.filter(m -> among.contains(m.recipient())).toList();
	}

	private static Map<String, Long> countByRecipient(List<Mailbox.Message> mails) {
		return mails.stream().collect(Collectors.groupingBy(Mailbox.Message::recipient, Collectors.counting()));
	}
}
