package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipCensus;
import org.constellation.people.AccountPrincipal;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Sessions over the API as partners would use them, and as everyone else is
 * refused them: a session starts only near its time (or is held now instead),
 * ending early is confirmed, and a session nobody checked in to is not held in
 * any count.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	PartnershipCensus census;

	SessionFixtures fixtures;
	AccountPrincipal ana;
	AccountPrincipal ben;
	AccountPrincipal cleo;
	AccountPrincipal outsider;
	long id;
	Api a;
	Api b;
	Api c;

	@BeforeEach
	void anActivePartnershipOfThree() {
		fixtures = SessionFixtures.of(context);
		ana = fixtures.person("Europe/Berlin");
		ben = fixtures.person("America/Chicago");
		cleo = fixtures.person("Asia/Tokyo");
		outsider = fixtures.person("UTC");
		id = fixtures.active(SessionFixtures.unique("Keeping families in the room"), ana, ben, cleo);
		a = Api.as(port, ana.email());
		b = Api.as(port, ben.email());
		c = Api.as(port, cleo.email());
	}

	String base() {
		return "/api/v1/partnerships/" + id;
	}

	@Test
	void aWeeklyCadencePlansTheNextEightSessionsAndAChangeReplansThem() {
		var set = a.put(base() + "/cadence",
				Api.json(Map.of("kind", "WEEKLY", "dayOfWeek", "TUESDAY", "startDate",
						java.time.LocalDate.now().plusDays(1).toString(), "time", "16:00", "timeZone", "Europe/Berlin",
						"durationMinutes", 75)));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);

		List<JsonNode> planned = b.get(base() + "/sessions").json().valueStream().toList();
		assertThat(planned).hasSize(SessionPlanner.HORIZON);
		assertThat(planned).allSatisfy(s -> {
			LocalDateTime local = LocalDateTime.parse(s.get("localStart").asString());
			assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
			assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(16, 0));
			assertThat(s.get("durationMinutes").asInt()).isEqualTo(75);
			assertThat(s.get("hostId").isNull()).isFalse();
		});
		// roles rotate with the session's number, in seat order
		assertThat(planned.get(0).get("hostId").asLong()).isNotEqualTo(planned.get(1).get("hostId").asLong());

		var monthly = c.put(base() + "/cadence",
				Api.json(Map.of("kind", "MONTHLY", "dayOfWeek", "THURSDAY", "weekOfMonth", 2, "startDate",
						java.time.LocalDate.now().plusDays(1).toString(), "time", "09:30", "timeZone", "Asia/Tokyo",
						"durationMinutes", 60, "version", set.json().get("version").asLong())));
		assertThat(monthly.status()).as(monthly.toString()).isEqualTo(200);
		List<JsonNode> replanned = a.get(base() + "/sessions").json().valueStream().toList();
		assertThat(replanned).hasSize(SessionPlanner.HORIZON);
		assertThat(replanned).allSatisfy(s -> {
			LocalDateTime local = LocalDateTime.parse(s.get("localStart").asString());
			assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
			assertThat((local.getDayOfMonth() - 1) / 7 + 1).isEqualTo(2);
		});

		// a stale version is refused, and bad input names its field
		var stale = a.put(base() + "/cadence",
				Api.json(Map.of("kind", "WEEKLY", "dayOfWeek", "MONDAY", "startDate",
						java.time.LocalDate.now().plusDays(1).toString(), "time", "10:00", "timeZone", "UTC",
						"durationMinutes", 60, "version", set.json().get("version").asLong())));
		assertThat(stale.status()).isEqualTo(409);
		var bad = a.put(base() + "/cadence",
				Api.json(Map.of("kind", "CUSTOM", "startDate", java.time.LocalDate.now().plusDays(1).toString(), "time",
						"10:00", "timeZone", "UTC", "durationMinutes", 60, "version",
						a.get(base() + "/cadence").json().get("version").asLong())));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body()).contains("intervalDays");
	}

	int oneOff(Api who, ZonedDateTime start) {
		var created = who.post(base() + "/sessions",
				Api.json(Map.of("date", start.toLocalDate().toString(), "time",
						start.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString(), "timeZone",
						start.getZone().getId(), "durationMinutes", 90)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("session").get("number").asInt();
	}

	@Test
	void partnersRunASessionCheckInTakeNotesAndLookAgainAtCommitmentsNextTime() {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Berlin"));
		int first = oneOff(a, now.plusMinutes(5));
		JsonNode library = a.get("/api/v1/routines").json();
		assertThat(library.size()).isGreaterThanOrEqualTo(5);
		long routine = library.get(0).get("id").asLong();
		int steps = library.get(0).get("steps").size();

		String session = base() + "/sessions/" + first;
		var started = b.put(session, Api.json(Map.of("action", "start", "routineId", routine)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		assertThat(started.json().get("step").get("index").asInt()).isZero();
		assertThat(started.json().get("stepCount").asInt()).isEqualTo(steps);
		var next = c.put(session, Api.json(Map.of("action", "step", "step", 1)));
		assertThat(next.json().get("step").get("title").asString())
				.isEqualTo(library.get(0).get("steps").get(1).get("title").asString());
		assertThat(a.put(session, Api.json(Map.of("action", "step", "step", 99))).status()).isEqualTo(422);

		assertThat(a.put(session + "/check-ins", "{\"attending\":true,\"line\":\"Tired but glad\"}").status())
				.isEqualTo(200);
		assertThat(b.put(session + "/check-ins", "{\"attending\":false,\"line\":\"\"}").status()).isEqualTo(200);
		assertThat(c.get(session + "/check-ins").json().size()).isEqualTo(2);

		var note = c.post(session + "/notes", "{\"body\":\"We heard a *story* <script>x</script>\"}");
		assertThat(note.status()).isEqualTo(201);
		assertThat(note.json().get("bodyHtml").asString()).contains("<em>story</em>").doesNotContain("<script");
		assertThat(a.get(session + "/notes").json().size()).isEqualTo(1);

		var commitment = a.post(session + "/commitments", "{\"body\":\"Ask one parent how the week went\"}");
		assertThat(commitment.status()).isEqualTo(201);
		long commitmentId = commitment.json().get("id").asLong();
		assertThat(a.post(session + "/commitments", "{\"body\":\"  \"}").status()).isEqualTo(422);

		// at step 2 of 5, ending asks to be confirmed
		var early = a.put(session, "{\"action\":\"end\"}");
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("confirm");
		assertThat(early.body()).contains("step 2 of " + steps);
		assertThat(a.get(session).json().get("session").get("running").asBoolean()).isTrue();
		var ended = a.put(session, "{\"action\":\"end\",\"confirm\":true}");
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(ended.json().get("session").get("status").asString()).isEqualTo("HELD");
		assertThat(a.get(base() + "/momentum").json().get("held").asInt()).isEqualTo(1);

		int second = oneOff(b, now.plusDays(7));
		JsonNode again = c.get(base() + "/sessions/" + second + "/commitments").json();
		assertThat(again.get("toLookAgain").valueStream().map(x -> x.get("body").asString()))
				.containsExactly("Ask one parent how the week went");

		// only its author looks back at a commitment
		assertThat(b.put(base() + "/commitments/" + commitmentId + "/review", "{\"status\":\"KEPT\"}").status())
				.isEqualTo(403);
		var kept = a.put(base() + "/commitments/" + commitmentId + "/review",
				"{\"status\":\"KEPT\",\"line\":\"She told me a lot\"}");
		assertThat(kept.json().get("status").asString()).isEqualTo("KEPT");
		int third = oneOff(b, now.plusDays(14));
		assertThat(a.get(base() + "/sessions/" + third + "/commitments").json().get("toLookAgain").size()).isZero();
	}

	@Test
	void aSessionPlannedForNextWeekStartsOnlyNearItsTimeOrIsHeldNowInstead() {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Berlin"));
		ZonedDateTime nextWeek = now.plusDays(7).withHour(16).withMinute(0).truncatedTo(ChronoUnit.MINUTES);
		int n = oneOff(a, nextWeek);
		long routine = a.get("/api/v1/routines").json().get(0).get("id").asLong();
		String session = base() + "/sessions/" + n;
		JsonNode planned = a.get(session).json().get("session");
		assertThat(Instant.parse(planned.get("opensAt").asString()))
				.isEqualTo(Instant.parse(planned.get("startsAt").asString()).minus(Duration.ofMinutes(30)));

		var tooEarly = b.put(session, Api.json(Map.of("action", "start", "routineId", routine)));
		assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
		assertThat(tooEarly.contentType()).startsWith("application/problem+json");
		assertThat(tooEarly.json().get("errors").get(0).get("field").asString()).isEqualTo("action");
		assertThat(tooEarly.json().get("detail").asString()).contains(nextWeek.toOffsetDateTime().toString())
				.contains("Europe/Berlin").contains("holdNow");
		assertThat(OffsetDateTime.parse(tooEarly.json().get("plannedStart").asString()).toInstant())
				.isEqualTo(nextWeek.toInstant());
		assertThat(Instant.parse(tooEarly.json().get("opensAt").asString()))
				.isEqualTo(nextWeek.toInstant().minus(Duration.ofMinutes(30)));
		JsonNode unchanged = a.get(session).json().get("session");
		assertThat(unchanged.get("running").asBoolean()).isFalse();
		assertThat(unchanged.get("startsAt").asString()).isEqualTo(planned.get("startsAt").asString());

		var heldNow = b.put(session, Api.json(Map.of("action", "start", "routineId", routine, "holdNow", true)));
		assertThat(heldNow.status()).as(heldNow.toString()).isEqualTo(200);
		JsonNode running = heldNow.json().get("session");
		assertThat(running.get("running").asBoolean()).isTrue();
		assertThat(Duration.between(Instant.parse(running.get("startsAt").asString()), Instant.now()).abs())
				.isLessThan(Duration.ofMinutes(2));
		assertThat(running.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(running.get("durationMinutes").asInt()).isEqualTo(90);
		assertThat(heldNow.json().get("step").get("index").asInt()).isZero();

		// within half an hour of its start, a session simply starts, at its planned
		// time
		ZonedDateTime soon = now.plusMinutes(25).truncatedTo(ChronoUnit.MINUTES);
		int m = oneOff(a, soon);
		var started = c.put(base() + "/sessions/" + m, Api.json(Map.of("action", "start", "routineId", routine)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		assertThat(Instant.parse(started.json().get("session").get("startsAt").asString())).isEqualTo(soon.toInstant());
	}

	@Test
	void aSessionEndedWithoutACheckInIsNotHeldInAnyCountUntilSomeoneChecksIn() {
		long community = jdbc.queryForObject("select min(id) from communities", Long.class);
		jdbc.update("update partnerships set community_id = ? where id = ?", community, id);
		// what the constellation counts for the community (its health, its map), read
		// as it reads it
		java.util.function.IntSupplier communityHeld = () -> census
				.byCommunity(Instant.now().minus(Duration.ofDays(30))).get(community).sessionsHeld();
		int heldBefore = communityHeld.getAsInt();

		int n = oneOff(a, ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusMinutes(5));
		JsonNode routines = a.get("/api/v1/routines").json();
		String session = base() + "/sessions/" + n;
		assertThat(a.put(session, Api.json(Map.of("action", "start", "routineId", routines.get(0).get("id").asLong())))
				.status()).isEqualTo(200);
		a.put(session, Api.json(Map.of("action", "step", "step", routines.get(0).get("steps").size() - 1)));
		// on the last step, ending needs no confirmation
		var ended = b.put(session, "{\"action\":\"end\"}");
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(ended.json().get("session").get("status").asString()).isEqualTo("NOT_HELD");
		assertThat(ended.json().get("session").get("running").asBoolean()).isFalse();
		JsonNode momentum = a.get(base() + "/momentum").json();
		assertThat(momentum.get("held").asInt()).isZero();
		assertThat(momentum.get("planned").asInt()).isEqualTo(1);
		assertThat(momentum.get("recent").get(0).get("held").asBoolean()).isFalse();
		assertThat(communityHeld.getAsInt()).isEqualTo(heldBefore);
		// it does not start again
		assertThat(a.put(session, Api.json(Map.of("action", "start", "routineId", routines.get(0).get("id").asLong())))
				.status()).isEqualTo(409);

		// Ben was there after all: checking in makes it held, everywhere it is counted
		assertThat(b.put(session + "/check-ins", "{\"attending\":true,\"line\":\"I forgot to say\"}").status())
				.isEqualTo(200);
		assertThat(a.get(session).json().get("session").get("status").asString()).isEqualTo("HELD");
		assertThat(a.get(base() + "/momentum").json().get("held").asInt()).isEqualTo(1);
		assertThat(communityHeld.getAsInt()).isEqualTo(heldBefore + 1);

		// and saying "not this time" takes it back
		assertThat(b.put(session + "/check-ins", "{\"attending\":false}").status()).isEqualTo(200);
		assertThat(a.get(session).json().get("session").get("status").asString()).isEqualTo("NOT_HELD");
		assertThat(a.get(base() + "/momentum").json().get("held").asInt()).isZero();
		assertThat(communityHeld.getAsInt()).isEqualTo(heldBefore);
	}

	@Test
	void aPrivateReflectionIsReadByItsAuthorAloneAndASharedOneByThePartners() {
		int n = oneOff(a, ZonedDateTime.now(ZoneId.of("UTC")).plusHours(1));
		String reflections = base() + "/sessions/" + n + "/reflections";
		assertThat(a.put(reflections, "{\"body\":\"Mine alone\",\"shared\":false}").status()).isEqualTo(200);
		assertThat(b.put(reflections, "{\"body\":\"For all of us\",\"shared\":true}").status()).isEqualTo(200);

		assertThat(c.get(reflections).json().valueStream().map(r -> r.get("body").asString()))
				.containsExactly("For all of us");
		assertThat(a.get(reflections).json().valueStream().map(r -> r.get("body").asString()))
				.containsExactlyInAnyOrder("Mine alone", "For all of us");
		assertThat(b.get(reflections).body()).doesNotContain("Mine alone");
	}

	@Test
	void anyoneButAPartnerIsToldThereIsNothingAndAClosedPartnershipRefusesChanges() {
		int n = oneOff(a, ZonedDateTime.now(ZoneId.of("UTC")).plusDays(1));
		a.post(base() + "/sessions/" + n + "/notes", "{\"body\":\"Only for us\"}");
		List<String> reads = List.of(base() + "/cadence", base() + "/sessions", base() + "/sessions/" + n,
				base() + "/sessions/" + n + "/notes", base() + "/sessions/" + n + "/check-ins",
				base() + "/sessions/" + n + "/commitments", base() + "/sessions/" + n + "/reflections",
				base() + "/sessions/" + n + "/calendar.ics", base() + "/momentum",
				"/api/v1/routines?partnershipId=" + id);
		for (String who : List.of(outsider.email(), "steward@example.org", "convener@example.org",
				"sponsor@example.org")) {
			Api stranger = Api.as(port, who);
			for (String path : reads) {
				var response = stranger.get(path);
				assertThat(response.status()).as(who + " GET " + path).isEqualTo(404);
				assertThat(response.body()).doesNotContain("Only for us");
			}
			assertThat(stranger.post(base() + "/sessions/" + n + "/notes", "{\"body\":\"hi\"}").status())
					.isEqualTo(404);
		}
		assertThat(Api.anonymous(port).get(base() + "/sessions").status()).isEqualTo(401);

		fixtures.close(id);
		assertThat(a.get(base() + "/sessions/" + n + "/notes").status()).isEqualTo(200);
		assertThat(a.post(base() + "/sessions/" + n + "/notes", "{\"body\":\"More\"}").status()).isEqualTo(409);
		assertThat(b.put(base() + "/sessions/" + n + "/check-ins", "{\"attending\":true}").status()).isEqualTo(409);
		assertThat(c.put(base() + "/cadence",
				Api.json(Map.of("kind", "WEEKLY", "dayOfWeek", "MONDAY", "startDate",
						java.time.LocalDate.now().plusDays(1).toString(), "time", "10:00", "timeZone", "UTC",
						"durationMinutes", 60)))
				.status()).isEqualTo(409);
	}
}
