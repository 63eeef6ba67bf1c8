package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.people.AccountPrincipal;
import org.constellation.support.Api;
import org.constellation.support.AtOnce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Three partners pressing "start", "next" and "end" on the same session at the
 * same instant, twenty requests in all: one of them starts it, nobody gets a
 * server error, and the session is left in one state that every later read
 * agrees on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRacesIT {

	private static final int REQUESTS = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcTemplate jdbc;

	record Pressed(String action, Api.Response answer) {
	}

	@Test
	void twentyStartsNextsAndEndsAtOnceLeaveOneConsistentSession() {
		for (boolean someoneCheckedIn : List.of(false, true)) {
			race(someoneCheckedIn);
		}
	}

	private void race(boolean someoneCheckedIn) {
		var fixtures = SessionFixtures.of(context);
		AccountPrincipal ana = fixtures.person("Europe/Berlin");
		AccountPrincipal ben = fixtures.person("America/Chicago");
		AccountPrincipal cleo = fixtures.person("Asia/Tokyo");
		long id = fixtures.active(SessionFixtures.unique("Pressing at once"), ana, ben, cleo);
		List<Api> partners = List.of(Api.as(port, ana.email()), Api.as(port, ben.email()), Api.as(port, cleo.email()));
		String base = "/api/v1/partnerships/" + id;
		ZonedDateTime soon = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusMinutes(10)
				.truncatedTo(ChronoUnit.MINUTES);
		var created = partners.getFirst().post(base + "/sessions",
				Api.json(Map.of("date", soon.toLocalDate().toString(), "time", soon.toLocalTime().toString(),
						"timeZone", "Europe/Berlin", "durationMinutes", 60)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String session = base + "/sessions/" + created.json().get("session").get("number").asInt();
		if (someoneCheckedIn) {
			assertThat(partners.get(1).put(session + "/check-ins", "{\"attending\":true}").status()).isEqualTo(200);
		}
		long routine = partners.getFirst().get("/api/v1/routines").json().get(0).get("id").asLong();

		List<String> actions = new ArrayList<>();
		List<Supplier<Api.Response>> requests = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Api who = partners.get(i % partners.size());
			String body = switch (i % 3) {
				case 0 -> Api.json(Map.of("action", "start", "routineId", routine));
				case 1 -> Api.json(Map.of("action", "step", "step", 1));
				default -> Api.json(Map.of("action", "end", "confirm", true));
			};
			actions.add(List.of("start", "next", "end").get(i % 3));
			requests.add(() -> who.put(session, body));
		}
		List<Api.Response> answers = AtOnce.send(requests);
		List<Pressed> pressed = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			pressed.add(new Pressed(actions.get(i), answers.get(i)));
		}

		assertThat(pressed)
				.allSatisfy(p -> assertThat(p.answer().status()).as("%s: %s", p.action(), p.answer()).isIn(200, 409));
		assertThat(pressed).filteredOn(p -> p.answer().status() == 409)
				.allSatisfy(p -> assertThat(p.answer().contentType()).startsWith("application/problem+json"));
		assertThat(pressed).as("exactly one start starts it").filteredOn(p -> p.action().equals("start"))
				.filteredOn(p -> p.answer().status() == 200).hasSize(1);

		// every later read agrees, and agrees with what the answers said
		JsonNode now = partners.get(2).get(session).json();
		JsonNode view = now.get("session");
		boolean endedByAnyone = pressed.stream().anyMatch(p -> p.action().equals("end") && p.answer().status() == 200);
		String status = view.get("status").asString();
		if (endedByAnyone) {
			assertThat(status).isEqualTo(someoneCheckedIn ? "HELD" : "NOT_HELD");
			assertThat(view.get("running").asBoolean()).isFalse();
		} else {
			assertThat(status).isEqualTo("PLANNED");
			assertThat(view.get("running").asBoolean()).isTrue();
		}
		assertThat(view.get("currentStep").asInt()).isIn(0, 1);
		assertThat(pressed).filteredOn(p -> p.answer().status() == 200)
				.allSatisfy(p -> assertThat(p.answer().json().get("session").get("currentStep").asInt()).isIn(0, 1));
		for (Api reader : partners) {
			assertThat(reader.get(session).json().get("session")).isEqualTo(view);
		}
		assertThat(partners.getFirst().get(base + "/momentum").json().get("held").asInt())
				.isEqualTo(endedByAnyone && someoneCheckedIn ? 1 : 0);
		Map<String, Object> row = jdbc.queryForMap(
				"select count(*) as n, min(started_at) as started, max(status) as status from partnership_sessions "
						+ "where partnership_id = ?",
				id);
		assertThat(((Number) row.get("n")).intValue()).isEqualTo(1);
		assertThat(row.get("started")).isNotNull();
		assertThat(row.get("status")).isEqualTo(status);
	}
}
