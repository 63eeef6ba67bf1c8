package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.PartnershipFixtures.accept;
import static org.constellation.support.PartnershipFixtures.newPerson;
import static org.constellation.support.PartnershipFixtures.person;
import static org.constellation.support.PartnershipFixtures.proposed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constellation.sessions.SessionPlanner;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipsApiIT {

	@LocalServerPort
	int port;

	private static String path(long id, String rest) {
		return "/api/v1/partnerships/" + id + rest;
	}

	private static Api.Response answer(Person p, long id, int step, String body, boolean affirm) {
		return p.api().post(path(id, "/opening/steps/" + step + "/answers"),
				Api.json(Map.of("body", body, "affirmTenets", affirm)));
	}

	private static Api.Response trust(Person p, long id, String trust, Integer revisit) {
		var body = new java.util.HashMap<String, Object>(Map.of("trust", trust, "affirmTenets", true));
		if (revisit != null) {
			body.put("revisitStep", revisit);
		}
		return p.api().put(path(id, "/opening/trust"), Api.json(body));
	}

	@Test
	void aProposalBecomesActiveOnlyWhenEveryPartnerConfirmsTrust() {
		Person ana = newPerson(port, "Ana Proposer");
		Person ben = newPerson(port, "Ben Partner");
		Person cy = newPerson(port, "Cy Partner");
		var created = ana.api().post("/api/v1/partnerships",
				Api.json(Map.of("focus", "Keeping families in the room", "context", "We all run IEP meetings.",
						"invitees", List.of(ben.practitionerId(), cy.practitionerId()))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("state").asString()).isEqualTo("FORMING");
		long id = created.json().get("id").asLong();

		// the invitee sees the focus and who is in; nobody outside sees anything
		assertThat(ben.api().get(path(id, "")).status()).isEqualTo(200);
		assertThat(ben.api().get(path(id, "/opening")).status()).isEqualTo(404);
		for (String outsider : List.of("steward@example.org", "convener@example.org", "sponsor@example.org",
				"member57@example.org")) {
			assertThat(Api.as(port, outsider).get(path(id, "")).status()).as(outsider).isEqualTo(404);
		}
		assertThat(Api.anonymous(port).get(path(id, "")).status()).isEqualTo(401);

		accept(id, ben);
		assertThat(ben.api().post(path(id, "/accept"), "").status()).as("a double accept").isEqualTo(409);
		assertThat(ana.api().get(path(id, "")).json().get("state").asString())
				.as("fewer than all invitees answered: still forming").isEqualTo("FORMING");
		accept(id, cy);
		assertThat(ana.api().get(path(id, "")).json().get("state").asString()).isEqualTo("OPENING");

		// steps are taken in order, and the tenets are affirmed
		var outOfTurn = answer(ben, id, 2, "Too early", false);
		assertThat(outOfTurn.status()).isEqualTo(409);
		assertThat(outOfTurn.body()).contains("step 1");
		assertThat(answer(ana, id, 1, "I go first", false).status()).isEqualTo(201);
		var opening = ben.api().get(path(id, "/opening")).json();
		assertThat(opening.get("steps").get(0).get("firstMoveMade").asBoolean()).isTrue();
		assertThat(opening.get("steps").get(0).get("answers").get(0).get("firstMove").asBoolean()).isTrue();
		answer(ben, id, 1, "I respond", false);
		answer(cy, id, 1, "Me too", false);
		assertThat(ben.api().get(path(id, "/opening")).json().get("stepsDone").asInt()).isEqualTo(1);
		for (Person p : List.of(ana, ben, cy)) {
			answer(p, id, 2, "Where I stand", false);
		}
		var withoutTenets = answer(ben, id, 3, "I am not sure", false);
		assertThat(withoutTenets.status()).isEqualTo(422);
		assertThat(withoutTenets.body()).contains("affirmTenets");
		for (int step = 3; step <= 7; step++) {
			for (Person p : List.of(ana, ben, cy)) {
				assertThat(answer(p, id, step, "Answer " + step, true).status()).isEqualTo(201);
			}
		}
		assertThat(ana.api().get(path(id, "/opening")).json().get("allStepsDone").asBoolean()).isTrue();

		// Ben is not ready yet and asks to revisit the boundaries; nobody learns it was
		// Ben
		assertThat(trust(ben, id, "NOT_YET", 5).json().get("state").asString()).isEqualTo("OPENING");
		assertThat(trust(ana, id, "CONFIRMED", null).json().get("state").asString()).isEqualTo("OPENING");
		assertThat(trust(cy, id, "CONFIRMED", null).json().get("state").asString()).isEqualTo("OPENING");
		var seenByAna = ana.api().get(path(id, "/opening")).json();
		assertThat(seenByAna.get("revisitStep").asInt()).isEqualTo(5);
		// two of three said yes: Ana learns only that not everyone is ready, never how
		// many (in a trio, "2 of 3" would tell her that the third said not yet)
		assertThat(seenByAna.get("everyoneReady").asBoolean()).isFalse();
		assertThat(seenByAna.has("confirmed")).isFalse();
		assertThat(seenByAna.get("myTrust").asString()).isEqualTo("CONFIRMED");
		assertThat(seenByAna.toString()).doesNotContain("NOT_YET");
		assertThat(answer(ben, id, 5, "What I need: that we do not quote each other outside", true).status())
				.isEqualTo(201);
		assertThat(trust(ben, id, "CONFIRMED", null).json().get("state").asString()).isEqualTo("ACTIVE");

		// after the opening nobody answers steps; the proposer has no powers the others
		// lack
		assertThat(answer(cy, id, 1, "Late", false).status()).isEqualTo(409);
		assertThat(ben.api().post(path(id, "/pause"), "").status()).isEqualTo(200);
		assertThat(cy.api().post(path(id, "/resume"), "").status()).isEqualTo(200);
		assertThat(ana.api().get("/api/v1/partnerships").json().valueStream()
				.anyMatch(l -> l.get("id").asLong() == id && l.get("state").asString().equals("ACTIVE"))).isTrue();
	}

	@Test
	void twentySimultaneousJoinsAtAPartnershipOfSixLetExactlyOneIn() throws Exception {
		List<Person> six = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			six.add(newPerson(port, "Seat " + i));
		}
		long id = proposed("Six of us", six.getFirst(), six.subList(1, 6).toArray(Person[]::new));
		six.subList(1, 6).forEach(p -> accept(id, p));
		assertThat(six.get(1).api().put(path(id, "/open-to-requests"), "{\"openToRequests\":true}").status())
				.isEqualTo(200);
		List<Person> asking = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			Person p = newPerson(port, "Asking " + i);
			assertThat(p.api().post(path(id, "/requests"), "{\"message\":\"May I join?\"}").status()).isEqualTo(201);
			asking.add(p);
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (int i = 0; i < 20; i++) {
				Person partner = six.get(i % 6);
				Person joiner = asking.get(i);
				answers.add(pool.submit(() -> {
					start.await();
					return partner.api().post(path(id, "/requests/" + joiner.practitionerId()), "");
				}));
			}
			start.countDown();
			List<Api.Response> results = new ArrayList<>();
			for (var f : answers) {
				results.add(f.get());
			}
			assertThat(results.stream().filter(r -> r.status() == 200)).hasSize(1);
			assertThat(results.stream().filter(r -> r.status() == 409)).hasSize(19)
					.allSatisfy(r -> assertThat(r.body()).contains("7 partners already"));
		}
		assertThat(six.getFirst().api().get(path(id, "")).json().get("partners")).hasSize(7);

		// an eighth is refused however they come, and nothing changes
		var eighth = newPerson(port, "Eighth");
		var invited = six.getFirst().api().post(path(id, "/invitations"),
				Api.json(Map.of("invitees", List.of(eighth.practitionerId()))));
		assertThat(invited.status()).isEqualTo(422);
		assertThat(invited.body()).contains("invitees");
		assertThat(eighth.api().post(path(id, "/requests"), "{}").status()).isEqualTo(409);
		assertThat(six.getFirst().api().get(path(id, "")).json().get("partners")).hasSize(7);
	}

	@Test
	void aProposalNamesAtMostSixOthers() {
		Person proposer = newPerson(port, "Too Many");
		List<Long> seven = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			seven.add(newPerson(port, "Invitee " + i).practitionerId());
		}
		var refused = proposer.api().post("/api/v1/partnerships",
				Api.json(Map.of("focus", "Too big", "invitees", seven)));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("invitees").contains("at most 6");
		var alone = proposer.api().post("/api/v1/partnerships",
				Api.json(Map.of("focus", "Alone", "invitees", List.of())));
		assertThat(alone.status()).isEqualTo(422);
		var blank = proposer.api().post("/api/v1/partnerships",
				Api.json(Map.of("focus", " ", "invitees", seven.subList(0, 1))));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("focus");
		assertThat(proposer.api().get("/api/v1/partnerships").json()).isEmpty();
	}

	@Test
	void aSupervisorAndTheirStaffCannotBePartnersAndOnlyTheyAreTold() {
		Person supervisor = person(port, "member03@example.org");
		Person supervisee = person(port, "member01@example.org");
		// the supervisor knows the line: proposing to their own staff is refused at
		// once
		var own = supervisor.api().post("/api/v1/partnerships",
				Api.json(Map.of("focus", "Peers only", "invitees", List.of(supervisee.practitionerId()))));
		assertThat(own.status()).isEqualTo(422);
		assertThat(own.body()).contains("peers").contains("invitees");

		// a third party proposing to both learns nothing; the second of the two to
		// accept is refused, and told why
		Person proposer = newPerson(port, "Peer Proposer");
		var proposed = proposer.api().post("/api/v1/partnerships", Api.json(Map.of("focus", "Peers only", "invitees",
				List.of(supervisor.practitionerId(), supervisee.practitionerId()))));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		long id = proposed.json().get("id").asLong();
		accept(id, supervisor);
		var second = supervisee.api().post(path(id, "/accept"), "");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body()).contains("peers").doesNotContain("member03");
		assertThat(supervisee.api().get(path(id, "")).status()).isEqualTo(404);
		var seenByProposer = proposer.api().get(path(id, "")).json();
		assertThat(seenByProposer.get("state").asString()).isEqualTo("OPENING");
		assertThat(seenByProposer.toString()).doesNotContain("reporting line");
	}

	@Test
	void aPartnerWhoLeavesLosesTheSpaceAndTheLastOneClosesIt() {
		Person a = newPerson(port, "Leaving A");
		Person b = newPerson(port, "Staying B");
		long id = PartnershipFixtures.active("Two of us", a, b);
		assertThat(a.api().post(path(id, "/leave"), "").json().get("state").asString()).isEqualTo("CLOSED");
		assertThat(a.api().get(path(id, "")).status()).as("a former partner").isEqualTo(404);
		assertThat(a.api().get(path(id, "/opening")).status()).isEqualTo(404);
		assertThat(b.api().get(path(id, "/opening")).status()).as("the archive stays readable").isEqualTo(200);
		// the one who remains still has their closing round, once
		assertThat(b.api().put(path(id, "/takeaway"), "{\"takeaway\":\"What I keep\"}").status()).isEqualTo(200);
		var edit = b.api().put(path(id, "/takeaway"), "{\"takeaway\":\"Too late\"}");
		assertThat(edit.status()).as("a closed partnership is not changed").isEqualTo(409);
		assertThat(edit.body()).contains("closed");
	}

	@Test
	void theClosingRoundEndsWhenEveryoneHasWrittenWhatTheyTakeAway() {
		Person a = newPerson(port, "Closing A");
		Person b = newPerson(port, "Closing B");
		Person c = newPerson(port, "Closing C");
		long id = PartnershipFixtures.active("Three of us", a, b, c);
		a.api().put(path(id, "/takeaway"), "{\"takeaway\":\"Patience with families\"}");
		var early = b.api().post(path(id, "/close"), "");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("2 partners have not written");
		b.api().put(path(id, "/takeaway"), "{\"takeaway\":\"Asking before advising\"}");
		c.api().put(path(id, "/takeaway"), "{\"takeaway\":\"That I am not alone\"}");
		assertThat(b.api().post(path(id, "/close"), "").status()).isEqualTo(200);
		assertThat(a.api().get(path(id, "")).json().get("state").asString()).isEqualTo("CLOSED");

		var mine = a.api().get(path(id, "/export"));
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().get("takeaway").asString()).isEqualTo("Patience with families");
		assertThat(mine.json().get("openingAnswers")).hasSize(7);
		assertThat(mine.body()).doesNotContain("Asking before advising");
		assertThat(Api.as(port, "steward@example.org").get(path(id, "/export")).status()).isEqualTo(404);
	}

	@Test
	void stewardsWriteOpeningScriptsInVersionsAndAnOpeningKeepsItsVersion() {
		Api steward = Api.as(port, "steward@example.org");
		String name = "Short opening " + java.util.UUID.randomUUID().toString().substring(0, 6);
		var step = Map.of("category", "TENETS", "move", "EACH", "question", "What do the tenets mean to you?");
		var created = steward.post("/api/v1/opening-scripts", Api.json(Map.of("name", name, "description", "Two steps",
				"steps",
				List.of(Map.of("category", "CONTEXT", "move", "FIRST_MOVE", "question", "Why are you here?"), step))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long scriptId = created.json().get("id").asLong();
		var noTenets = steward.post("/api/v1/opening-scripts", Api.json(Map.of("name", name + " b", "steps",
				List.of(Map.of("category", "CONTEXT", "move", "EACH", "question", "Why?")))));
		assertThat(noTenets.status()).isEqualTo(422);
		assertThat(newPerson(port, "Not A Convener").api()
				.post("/api/v1/opening-scripts", Api.json(Map.of("name", name + " c", "steps", List.of(step))))
				.status()).isEqualTo(403);

		Person a = newPerson(port, "Script A");
		Person b = newPerson(port, "Script B");
		long id = a.api()
				.post("/api/v1/partnerships", Api
						.json(Map.of("focus", "Short", "scriptId", scriptId, "invitees", List.of(b.practitionerId()))))
				.json().get("id").asLong();
		accept(id, b);
		var v2 = steward.post("/api/v1/opening-scripts/" + scriptId + "/versions",
				Api.json(Map.of("basedOn", 1, "script", Map.of("name", name, "steps", List.of(step)))));
		assertThat(v2.status()).isEqualTo(201);
		assertThat(v2.json().get("version").asInt()).isEqualTo(2);
		var stale = steward.post("/api/v1/opening-scripts/" + scriptId + "/versions",
				Api.json(Map.of("basedOn", 1, "script", Map.of("name", name, "steps", List.of(step)))));
		assertThat(stale.status()).isEqualTo(409);
		var opening = a.api().get(path(id, "/opening")).json();
		assertThat(opening.get("scriptVersion").asInt()).isEqualTo(1);
		assertThat(opening.get("steps")).hasSize(2);
	}

	@Test
	void aPausedPartnershipHasNothingPlannedUntilItResumes() {
		Person a = newPerson(port, "Pausing A");
		Person b = newPerson(port, "Pausing B");
		long id = PartnershipFixtures.active("Pause and resume", a, b);
		assertThat(a.api()
				.put(path(id, "/cadence"),
						Api.json(Map.of("kind", "WEEKLY", "dayOfWeek", "TUESDAY", "startDate",
								java.time.LocalDate.now().toString(), "time", "16:00", "timeZone", "America/Chicago",
								"durationMinutes", 60)))
				.status()).isEqualTo(200);
		assertThat(b.api().get(path(id, "/sessions")).json()).hasSize(SessionPlanner.HORIZON);
		assertThat(b.api().post(path(id, "/pause"), "").status()).isEqualTo(200);
		assertThat(a.api().get(path(id, "/sessions")).json()).as("nothing planned while paused").isEmpty();
		assertThat(a.api().post(path(id, "/resume"), "").status()).isEqualTo(200);
		assertThat(b.api().get(path(id, "/sessions")).json()).hasSize(SessionPlanner.HORIZON);
	}
}
