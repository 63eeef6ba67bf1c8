package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.FormationFixtures.awaitFinished;
import static org.constellation.support.FormationFixtures.community;
import static org.constellation.support.FormationFixtures.openPerson;
import static org.constellation.support.FormationFixtures.profile;
import static org.constellation.support.FormationFixtures.runToTheEnd;
import static org.constellation.support.FormationFixtures.window;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.constellation.support.Api;
import org.constellation.support.AtOnce;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormationRunsApiIT {

	@LocalServerPort
	int port;

	private static Map<String, Object> run(long communityId, int min, int preferred, int max, int seconds) {
		Map<String, Object> body = new HashMap<>();
		body.put("communityId", communityId);
		body.put("minSize", min);
		body.put("preferredSize", preferred);
		body.put("maxSize", max);
		body.put("timeLimitSeconds", seconds);
		return body;
	}

	private static List<Set<Long>> groups(JsonNode run) {
		List<Set<Long>> groups = new ArrayList<>();
		run.get("groups").forEach(g -> {
			Set<Long> members = new HashSet<>();
			g.get("memberIds").forEach(m -> members.add(m.asLong()));
			groups.add(members);
		});
		return groups;
	}

	private static String field(Api.Response answer) {
		return answer.json().get("errors").get(0).get("field").asString();
	}

	private static long runCount(Api steward) {
		return steward.get("/api/v1/formation-runs").json().get("page").get("totalElements").asLong();
	}

	@Test
	void aCommunityIsFormedIntoExplainedGroupsThatKeepEveryRule() {
		Person convener = PartnershipFixtures.newPerson(port, "Cora Convener");
		List<Person> members = new ArrayList<>();
		for (String name : List.of("Ada", "Bo", "Cai", "Dee", "Eli", "Fay", "Gus")) {
			members.add(openPerson(port, name + " Peer"));
		}
		// Ada supervises Bo: they are never placed together
		Person ada = members.get(0);
		Person bo = members.get(1);
		var line = ada.api().post("/api/v1/reporting-lines",
				Api.json(Map.of("otherPractitionerId", bo.practitionerId(), "relation", "I_SUPERVISE")));
		assertThat(line.status()).as(line.toString()).isEqualTo(201);
		assertThat(bo.api().post("/api/v1/reporting-lines/" + line.json().get("id").asLong() + "/confirm", "").status())
				.isEqualTo(200);
		// Hal speaks only Portuguese: nobody shares a language with him
		Person hal = openPerson(port, "Hal Alone");
		profile(hal, "Hal Alone", "America/Sao_Paulo", List.of("Portuguese"),
				List.of(window("TUESDAY", "17:00", "20:00")), true, List.of(), List.of());
		// Ivy is a member but not open to a partnership: not in the cohort at all
		Person ivy = PartnershipFixtures.newPerson(port, "Ivy Closed");
		List<Person> all = new ArrayList<>(members);
		all.add(hal);
		all.add(ivy);
		long communityId = community(convener, all);

		JsonNode result = runToTheEnd(convener.api(), run(communityId, 2, 3, 3, 2));

		assertThat(result.get("run").get("status").asString()).isEqualTo("DONE");
		assertThat(result.get("run").get("cohortSize").asInt()).as("Ivy is not open").isEqualTo(8);
		assertThat(result.get("run").get("score").get("hard").asLong()).as("no rule broken").isZero();
		List<Set<Long>> groups = groups(result);
		assertThat(groups).allSatisfy(g -> assertThat(g.size()).isBetween(2, 3));
		assertThat(groups).noneSatisfy(g -> assertThat(g).contains(ada.practitionerId(), bo.practitionerId()));
		assertThat(groups.stream().mapToInt(Set::size).sum()).as("all seven placed").isEqualTo(7);
		JsonNode explanation = result.get("groups").get(0).get("explanation");
		assertThat(explanation.get("rulesBroken").asLong()).isZero();
		assertThat(explanation.get("window").get("utc").asString()).startsWith("Tuesdays");
		assertThat(explanation.get("scoreByConstraint").isObject()).isTrue();
		JsonNode unassigned = result.get("unassigned");
		assertThat(unassigned).hasSize(1);
		assertThat(unassigned.get(0).get("practitionerId").asLong()).isEqualTo(hal.practitionerId());
		assertThat(unassigned.get(0).get("reason").asString()).contains("shares a language");
		assertThat(result.toString()).as("reporting lines are never named").doesNotContain("supervis");

		// a member who does not convene, and a stranger, find nothing
		assertThat(ada.api().get("/api/v1/formation-runs/" + result.get("run").get("id").asLong()).status())
				.isEqualTo(404);
		assertThat(Api.anonymous(port).get("/api/v1/formation-runs/" + result.get("run").get("id").asLong()).status())
				.isEqualTo(401);
	}

	@Test
	void badInputIsRefusedByFieldAndStartsNoRun() {
		Api steward = Api.as(port, "steward@example.org");
		Person convener = PartnershipFixtures.newPerson(port, "Rae Convener");
		Person one = openPerson(port, "Solo Peer");
		Person closed = PartnershipFixtures.newPerson(port, "Not Open");
		long lonely = community(convener, List.of(one, closed));
		long empty = community(convener, List.of(closed));
		long before = runCount(steward);

		record Case(Map<String, Object> body, int status, String field) {
		}
		List<Case> cases = List.of(new Case(run(lonely, 1, 2, 3, 2), 422, "minSize"),
				new Case(run(lonely, 2, 3, 8, 2), 422, "maxSize"), new Case(run(lonely, 4, 3, 3, 2), 422, "maxSize"),
				new Case(run(lonely, 2, 5, 3, 2), 422, "preferredSize"),
				new Case(run(lonely, 2, 2, 3, 0), 422, "timeLimitSeconds"),
				new Case(run(empty, 2, 2, 3, 2), 422, "cohort"), new Case(run(lonely, 2, 2, 3, 2), 422, "cohort"),
				new Case(run(987654321L, 2, 2, 3, 2), 404, null));
		for (Case c : cases) {
			var answer = convener.api().post("/api/v1/formation-runs", Api.json(c.body()));
			assertThat(answer.status()).as(c + " -> " + answer).isEqualTo(c.status());
			if (c.field() != null) {
				assertThat(field(answer)).as(answer.toString()).isEqualTo(c.field());
			}
		}
		var unknown = steward.post("/api/v1/formation-runs",
				Api.json(Map.of("practitionerIds", List.of(one.practitionerId(), 987654321L))));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(field(unknown)).isEqualTo("practitionerIds");
		var notConvener = one.api().post("/api/v1/formation-runs", Api.json(run(lonely, 2, 2, 3, 2)));
		assertThat(notConvener.status()).as("a member who does not convene").isEqualTo(403);
		var noCommunity = convener.api().post("/api/v1/formation-runs", Api.json(Map.of("minSize", 2)));
		assertThat(noCommunity.status()).as("everyone open is for stewards").isEqualTo(403);
		assertThat(runCount(steward)).as("no run started").isEqualTo(before);
	}

	/** Six people open to a partnership, named "{name} 0" to "{name} 5". */
	private List<Person> sixOpenPeople(String name) {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(openPerson(port, name + " " + i));
		}
		return people;
	}

	@Test
	void aRunStoppedEarlyKeepsItsBestResultAndStoppingAgainIsHarmless() {
		Person convener = PartnershipFixtures.newPerson(port, "Sam Convener");
		List<Person> members = sixOpenPeople("Stop Peer");
		long communityId = community(convener, members);
		var started = convener.api().post("/api/v1/formation-runs", Api.json(run(communityId, 2, 2, 3, 60)));
		assertThat(started.status()).isEqualTo(202);
		long id = started.json().get("id").asLong();
		assertThat(convener.api().post("/api/v1/formation-runs/" + id + "/stop", "").status()).isEqualTo(200);
		JsonNode stopped = awaitFinished(convener.api(), id);
		assertThat(stopped.get("run").get("status").asString()).isEqualTo("STOPPED");
		assertThat(groups(stopped).stream().mapToInt(Set::size).sum()).as("the best result is kept").isEqualTo(6);
		var again = convener.api().post("/api/v1/formation-runs/" + id + "/stop", "");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("status").asString()).isEqualTo("STOPPED");
	}

	@Test
	void aGroupBelowTheSmallestSizeCannotBePinnedAndAMoveThatShrinksAPinnedGroupUnpinsIt() {
		Person convener = PartnershipFixtures.newPerson(port, "Pia Convener");
		List<Person> members = sixOpenPeople("Pin Peer");
		long communityId = community(convener, members);
		Api api = convener.api();
		JsonNode first = runToTheEnd(api, run(communityId, 3, 3, 3, 2));
		long runId = first.get("run").get("id").asLong();
		assertThat(groups(first)).hasSize(2).allSatisfy(g -> assertThat(g).hasSize(3));
		long groupA = first.get("groups").get(0).get("id").asLong();
		long mover = groups(first).get(0).iterator().next();
		String moves = "/api/v1/formation-runs/" + runId + "/moves";
		String pin = "/api/v1/formation-runs/" + runId + "/groups/" + groupA + "/pin";

		// two people where the smallest size is three: refused, naming why
		assertThat(api.post(moves, Api.json(Map.of("practitionerId", mover))).status()).isEqualTo(200);
		var refused = api.put(pin, Api.json(Map.of("pinned", true)));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(field(refused)).isEqualTo("pinned");
		assertThat(refused.json().get("detail").asString()).contains("the smallest size is 3");
		assertThat(api.get("/api/v1/formation-runs/" + runId).json().get("groups").get(0).get("pinned").asBoolean())
				.isFalse();

		// three again: pinned; shrunk again by a move: no longer pinned
		assertThat(api.post(moves, Api.json(Map.of("practitionerId", mover, "toGroupId", groupA))).status())
				.isEqualTo(200);
		assertThat(api.put(pin, Api.json(Map.of("pinned", true))).status()).isEqualTo(200);
		assertThat(api.post(moves, Api.json(Map.of("practitionerId", mover))).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/formation-runs/" + runId).json().get("groups").get(0).get("pinned").asBoolean())
				.as("a pin keeps only a group that keeps the rules").isFalse();

		// so solving again keeps no broken group and places everyone anew
		var again = api.post("/api/v1/formation-runs/" + runId + "/solve-again", "");
		assertThat(again.status()).isEqualTo(202);
		JsonNode second = awaitFinished(api, again.json().get("id").asLong());
		assertThat(second.get("run").get("status").asString()).isEqualTo("DONE");
		assertThat(second.get("groups").valueStream().noneMatch(g -> g.get("pinned").asBoolean())).isTrue();
		assertThat(groups(second)).hasSize(2).allSatisfy(g -> assertThat(g).hasSize(3));
	}

	@Test
	void pinsAndMovesAtTheSameInstantByPageAndApiNeverLeaveAPinnedGroupBelowTheSmallestSize() {
		Person convener = PartnershipFixtures.newPerson(port, "Rai Convener");
		long communityId = community(convener, sixOpenPeople("Race Peer"));
		Api api = convener.api();
		JsonNode first = runToTheEnd(api, run(communityId, 3, 3, 3, 2));
		long runId = first.get("run").get("id").asLong();
		long groupA = first.get("groups").get(0).get("id").asLong();
		List<Long> inA = List.copyOf(groups(first).get(0));
		WebSession page = WebSession.signedIn(port, convener.email());
		String csrf = page.csrfFrom("/formation/" + runId);

		// every path at once: pins of group A over the API and the page, and each of
		// its
		// three people moved out over the API and the page
		List<Supplier<Api.Response>> all = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			all.add(() -> api.put("/api/v1/formation-runs/" + runId + "/groups/" + groupA + "/pin",
					Api.json(Map.of("pinned", true))));
			all.add(() -> asResponse(page.post("/formation/" + runId + "/groups/" + groupA + "/pin",
					Map.of("pinned", "true", "_csrf", csrf))));
		}
		for (long person : inA) {
			all.add(() -> api.post("/api/v1/formation-runs/" + runId + "/moves",
					Api.json(Map.of("practitionerId", person))));
			all.add(() -> asResponse(page.post("/formation/" + runId + "/moves",
					Map.of("practitionerId", String.valueOf(person), "to", "out", "_csrf", csrf))));
		}
		List<Api.Response> answers = AtOnce.send(all);
		assertThat(answers).hasSize(22).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 302, 409));

		// whatever won, a pinned group keeps the smallest size
		JsonNode after = api.get("/api/v1/formation-runs/" + runId).json();
		after.get("groups").valueStream().filter(g -> g.get("pinned").asBoolean())
				.forEach(g -> assertThat(g.get("memberIds").size()).as("a pinned group").isGreaterThanOrEqualTo(3));
		// and solving again comes out with every group inside the sizes
		JsonNode second = awaitFinished(api,
				api.post("/api/v1/formation-runs/" + runId + "/solve-again", "").json().get("id").asLong());
		assertThat(second.get("run").get("status").asString()).isEqualTo("DONE");
		assertThat(groups(second)).allSatisfy(g -> assertThat(g).hasSizeBetween(3, 3));
	}

	private static Api.Response asResponse(WebSession.Page page) {
		return new Api.Response(page.status(), page.header("Content-Type"), page.body(), page.headers());
	}

	@Test
	void aConvenerMovesPinsSolvesAgainAndSendsInvitationsThatPeopleAnswer() {
		Person convener = PartnershipFixtures.newPerson(port, "Lou Convener");
		List<Person> members = sixOpenPeople("Review Peer");
		long communityId = community(convener, members);
		Api api = convener.api();
		JsonNode first = runToTheEnd(api, run(communityId, 2, 3, 3, 2));
		long runId = first.get("run").get("id").asLong();
		List<Set<Long>> groups = groups(first);
		assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g).hasSize(3));
		long groupA = first.get("groups").get(0).get("id").asLong();
		long groupB = first.get("groups").get(1).get("id").asLong();
		long mover = groups.get(0).iterator().next();

		var tooBig = api.post("/api/v1/formation-runs/" + runId + "/moves",
				Api.json(Map.of("practitionerId", mover, "toGroupId", groupB)));
		assertThat(tooBig.status()).as("a group of 3 is full at a largest size of 3").isEqualTo(409);
		assertThat(field(tooBig)).isEqualTo("toGroupId");

		// out of every group, then back into its own
		assertThat(api.post("/api/v1/formation-runs/" + runId + "/moves", Api.json(Map.of("practitionerId", mover)))
				.status()).isEqualTo(200);
		JsonNode moved = api.get("/api/v1/formation-runs/" + runId).json();
		assertThat(moved.get("unassigned").get(0).get("practitionerId").asLong()).isEqualTo(mover);
		assertThat(api.post("/api/v1/formation-runs/" + runId + "/moves",
				Api.json(Map.of("practitionerId", mover, "toGroupId", groupA))).status()).isEqualTo(200);

		assertThat(api
				.put("/api/v1/formation-runs/" + runId + "/groups/" + groupA + "/pin", Api.json(Map.of("pinned", true)))
				.status()).isEqualTo(200);
		var again = api.post("/api/v1/formation-runs/" + runId + "/solve-again", "");
		assertThat(again.status()).isEqualTo(202);
		JsonNode second = awaitFinished(api, again.json().get("id").asLong());
		assertThat(second.get("run").get("basedOnRunId").asLong()).isEqualTo(runId);
		assertThat(second.get("groups").get(0).get("pinned").asBoolean()).isTrue();
		assertThat(groups(second).getFirst()).as("the pinned group is kept as it was").isEqualTo(groups.getFirst());
		long secondId = second.get("run").get("id").asLong();

		var sent = api.post("/api/v1/formation-runs/" + secondId + "/invitations", "");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("sent").asInt()).isEqualTo(2);
		assertThat(api.post("/api/v1/formation-runs/" + secondId + "/invitations", "").status())
				.as("nothing left to send").isEqualTo(409);

		JsonNode afterSending = api.get("/api/v1/formation-runs/" + secondId).json();
		long partnershipA = afterSending.get("groups").get(0).get("partnershipId").asLong();
		long partnershipB = afterSending.get("groups").get(1).get("partnershipId").asLong();
		assertThat(api.get("/api/v1/partnerships/" + partnershipA).status())
				.as("the convener sent it and cannot read it").isEqualTo(404);

		List<Person> inA = members.stream().filter(m -> groups(second).get(0).contains(m.practitionerId())).toList();
		List<Person> inB = members.stream().filter(m -> groups(second).get(1).contains(m.practitionerId())).toList();
		for (Person p : inA) {
			JsonNode mine = p.api().get("/api/v1/partnerships").json();
			assertThat(mine.valueStream().anyMatch(
					l -> l.get("id").asLong() == partnershipA && l.get("myStatus").asString().equals("INVITED")))
					.as("the invitation arrived").isTrue();
			PartnershipFixtures.accept(partnershipA, p);
		}
		assertThat(inA.getFirst().api().get("/api/v1/partnerships/" + partnershipA).json().get("state").asString())
				.as("everyone accepted: the opening begins").isEqualTo("OPENING");
		PartnershipFixtures.accept(partnershipB, inB.get(0));
		inB.get(1).api().post("/api/v1/partnerships/" + partnershipB + "/decline", "");
		inB.get(2).api().post("/api/v1/partnerships/" + partnershipB + "/decline", "");
		JsonNode statusB = api.get("/api/v1/formation-runs/" + secondId).json().get("groups").get(1).get("invitations");
		assertThat(statusB.get("state").asString()).as("left alone: it does not form").isEqualTo("CLOSED");
		assertThat(statusB.get("accepted").asInt()).isEqualTo(1);
		assertThat(statusB.get("declined").asInt()).isEqualTo(2);
	}
}
