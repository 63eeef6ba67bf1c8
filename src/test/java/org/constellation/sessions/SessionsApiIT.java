package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.constellation.partnerships.ActivePartnerships;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Sessions over the API as partners would use them, and as everyone else is
 * refused them.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;
	@Autowired
	ApplicationContext context;
	@Autowired
	Sessions sessions;
	@Autowired
	PasswordEncoder passwords;
	@Autowired
	PlatformTransactionManager transactions;

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
		fixtures = new SessionFixtures(accounts, new ActivePartnerships(context), sessions, passwords, transactions);
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

		var ended = a.put(session, "{\"action\":\"end\"}");
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
