package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleApiIT {

	@LocalServerPort
	int port;

	@Test
	void aTokenCreatedWithThePasswordOpensTheApiUntilRevoked() {
		var created = Api.basic(port, "member10@example.org", "constellation").post("/api/v1/tokens",
				"{\"name\":\"script\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().get("token").asString();
		assertThat(token).startsWith("cst_");

		Api api = Api.bearer(port, token);
		JsonNode me = api.get("/api/v1/me").json();
		assertThat(me.get("email").asString()).isEqualTo("member10@example.org");
		assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("MEMBER");
		assertThat(me.get("practitionerId").asLong()).isPositive();

		JsonNode listed = api.get("/api/v1/tokens").json();
		assertThat(listed.valueStream().map(t -> t.get("name").asString())).contains("script");
		assertThat(listed.toString()).doesNotContain(token);

		long id = created.json().get("id").asLong();
		assertThat(api.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
		var after = api.get("/api/v1/me");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
	}

	@Test
	void thePasswordAloneOpensNothingButTokenCreation() {
		assertThat(Api.basic(port, "member10@example.org", "constellation").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(Api.anonymous(port).get("/api/v1/practitioners").status()).isEqualTo(401);
		assertThat(Api.bearer(port, "cst_made_up").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void theDirectoryFiltersByGroupIssuePlaceAndLevel() {
		Api api = Api.as(port, "member11@example.org");
		JsonNode all = api.get("/api/v1/practitioners?size=5").json();
		assertThat(all.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(62);
		assertThat(all.get("content")).hasSize(5);

		long families = api.get("/api/v1/stakeholder-groups").json().valueStream()
				.filter(g -> g.get("name").asString().equals("Families")).findFirst().orElseThrow().get("id").asLong();
		JsonNode inGroup = api.get("/api/v1/practitioners?size=100&group=" + families).json();
		assertThat(inGroup.get("content").size()).isPositive();
		inGroup.get("content")
				.forEach(p -> assertThat(p.get("stakeholderGroups").valueStream().map(g -> g.get("id").asLong()))
						.contains(families));

		long issue = api.get("/api/v1/issues?size=100").json().get("content").valueStream()
				.filter(i -> i.get("name").asString().equals("Data use for improvement")).findFirst().orElseThrow()
				.get("id").asLong();
		JsonNode concerned = api.get("/api/v1/practitioners?size=100&issue=" + issue).json();
		assertThat(concerned.get("content").size()).isPositive();
		concerned.get("content").forEach(
				p -> assertThat(p.get("concerns").valueStream().map(c -> c.get("id").asLong())).contains(issue));

		long ohio = api.get("/api/v1/places?size=100").json().get("content").valueStream()
				.filter(p -> p.get("name").asString().equals("Ohio")).findFirst().orElseThrow().get("id").asLong();
		List<Long> inOhio = api.get("/api/v1/places/" + ohio).json().get("children").valueStream()
				.flatMap(d -> api.get("/api/v1/places/" + d.get("id").asLong()).json().get("children").valueStream())
				.map(s -> s.get("id").asLong()).toList();
		JsonNode ohioPeople = api.get("/api/v1/practitioners?size=100&place=" + ohio).json();
		assertThat(ohioPeople.get("content").size()).isPositive();
		ohioPeople.get("content").forEach(p -> assertThat(p.get("homePlace").get("name").asString()).isNotNull());
		assertThat(ohioPeople.get("content").valueStream().map(p -> p.get("homePlace").get("id").asLong()))
				.anyMatch(inOhio::contains);

		long district = api.get("/api/v1/scales").json().valueStream()
				.filter(l -> l.get("name").asString().equals("District")).findFirst().orElseThrow().get("id").asLong();
		JsonNode atDistrict = api.get("/api/v1/practitioners?size=100&level=" + district).json();
		assertThat(atDistrict.get("content").valueStream().map(p -> p.get("homeLevel").asString()))
				.containsOnly("District");

		JsonNode byName = api.get("/api/v1/practitioners?q=coach").json();
		assertThat(byName.get("content").size()).isPositive();

		var badSort = api.get("/api/v1/practitioners?sort=password");
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
		var badFilter = api.get("/api/v1/practitioners?level=district");
		assertThat(badFilter.status()).isEqualTo(400);
	}

	@Test
	void aPractitionerEditsTheirProfileAndAStaleEditIsRefused() {
		Api api = Api.as(port, "member12@example.org");
		JsonNode profile = api.get("/api/v1/me/profile").json();
		long version = profile.get("version").asLong();
		Map<String, Object> draft = new java.util.HashMap<>(
				Map.of("displayName", "Jordan Rivers", "timeZone", "America/Denver", "languages",
						List.of("English", "Spanish"), "affiliations", List.of("Valle Vista Elementary"),
						"availability", List.of(Map.of("day", "TUESDAY", "start", "16:00", "end", "17:30")),
						"openToPartnership", true, "partnershipCapacity", 2, "version", version));
		var saved = api.put("/api/v1/me/profile", Api.json(draft));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("displayName").asString()).isEqualTo("Jordan Rivers");
		assertThat(saved.json().get("availability").get(0).get("day").asString()).isEqualTo("TUESDAY");

		var stale = api.put("/api/v1/me/profile", Api.json(draft));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.get("/api/v1/me/profile").json().get("version").asLong()).isEqualTo(version + 1);
	}

	@Test
	void badProfileInputIsRefusedAndNothingChanges() {
		Api api = Api.as(port, "member13@example.org");
		JsonNode before = api.get("/api/v1/me/profile").json();
		var badZone = api.put("/api/v1/me/profile", Api.json(Map.of("displayName", "X", "timeZone", "Mars/Olympus",
				"partnershipCapacity", 1, "version", before.get("version").asLong())));
		assertThat(badZone.status()).isEqualTo(422);
		assertThat(badZone.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
		var tooMany = api.put("/api/v1/me/profile",
				Api.json(Map.of("displayName", "X", "timeZone", "UTC", "partnershipCapacity", 9)));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("partnershipCapacity");
		var backwards = api.put("/api/v1/me/profile",
				Api.json(Map.of("displayName", "X", "timeZone", "UTC", "partnershipCapacity", 1, "availability",
						List.of(Map.of("day", "MONDAY", "start", "10:00", "end", "09:00")), "version",
						before.get("version").asLong())));
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("availability[0]");
		// a change that does not say which version it was made from could overwrite
		// someone else's without either knowing
		var noVersion = api.put("/api/v1/me/profile",
				Api.json(Map.of("displayName", "X", "timeZone", "UTC", "partnershipCapacity", 1)));
		assertThat(noVersion.status()).isEqualTo(422);
		assertThat(noVersion.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
		assertThat(api.get("/api/v1/me/profile").json()).isEqualTo(before);
	}

	@Test
	void signUpOpensAMemberAccountAndADuplicateEmailIsAConflict() {
		String body = Api.json(Map.of("email", "New.Person@Example.org", "displayName", "New Person", "password",
				"a long enough password"));
		var created = Api.anonymous(port).post("/api/v1/accounts", body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("email").asString()).isEqualTo("new.person@example.org");
		var again = Api.anonymous(port).post("/api/v1/accounts", body.replace("New.Person", "new.person"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		var weak = Api.anonymous(port).post("/api/v1/accounts",
				Api.json(Map.of("email", "x@example.org", "displayName", "X", "password", "short")));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		String token = Api.basic(port, "new.person@example.org", "a long enough password")
				.post("/api/v1/tokens", "{\"name\":\"first\"}").json().get("token").asString();
		JsonNode me = Api.bearer(port, token).get("/api/v1/me").json();
		assertThat(me.get("displayName").asString()).isEqualTo("New Person");
		assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("MEMBER");
	}

	@Test
	void aReportingLineIsSeenOnlyByItsTwoPeopleAndConfirmedByTheOtherSide() {
		Api supervisor = Api.as(port, "member30@example.org");
		Api supervisee = Api.as(port, "member31@example.org");
		Api outsider = Api.as(port, "member32@example.org");
		long superviseeId = supervisee.get("/api/v1/me").json().get("practitionerId").asLong();

		var declared = supervisor.post("/api/v1/reporting-lines",
				Api.json(Map.of("otherPractitionerId", superviseeId, "relation", "I_SUPERVISE")));
		assertThat(declared.status()).isEqualTo(201);
		long id = declared.json().get("id").asLong();
		assertThat(declared.json().get("status").asString()).isEqualTo("DECLARED");

		assertThat(supervisor.post("/api/v1/reporting-lines/" + id + "/confirm", "").status()).isEqualTo(403);
		assertThat(outsider.post("/api/v1/reporting-lines/" + id + "/confirm", "").status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/reporting-lines").json().toString()).doesNotContain("\"id\":" + id + ",");

		var confirmed = supervisee.post("/api/v1/reporting-lines/" + id + "/confirm", "");
		assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(supervisor.get("/api/v1/reporting-lines").json().valueStream().map(l -> l.get("status").asString()))
				.contains("CONFIRMED");

		var twice = supervisee.post("/api/v1/reporting-lines", Api.json(Map.of("otherPractitionerId",
				supervisor.get("/api/v1/me").json().get("practitionerId").asLong(), "relation", "SUPERVISES_ME")));
		assertThat(twice.status()).isEqualTo(409);
		var self = supervisee.post("/api/v1/reporting-lines",
				Api.json(Map.of("otherPractitionerId", superviseeId, "relation", "SUPERVISES_ME")));
		assertThat(self.status()).isEqualTo(422);
	}

	@Test
	void sponsorsSeeAggregatesNotPeople() {
		Api sponsor = Api.as(port, "sponsor@example.org");
		assertThat(sponsor.get("/api/v1/practitioners").status()).isEqualTo(403);
		assertThat(sponsor.get("/api/v1/practitioners/1").status()).isEqualTo(403);
		assertThat(sponsor.get("/api/v1/issues").status()).isEqualTo(200);
	}

	@Test
	void nobodyReadsOtherPeoplesMailThroughTheApi() {
		// the outbox that stewards read (with everyone's reset links) is gone
		assertThat(Api.as(port, "steward@example.org").get("/api/v1/outbox").status()).isEqualTo(404);
		assertThat(Api.as(port, "sponsor@example.org").get("/api/v1/outbox").status()).isEqualTo(404);
	}

	@Test
	void stewardsGiveRolesButNotToThemselvesAway() {
		Api steward = Api.as(port, "steward@example.org");
		long id = Api.as(port, "member33@example.org").get("/api/v1/me").json().get("accountId").asLong();
		var given = steward.put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"MEMBER\",\"SPONSOR\"]}");
		assertThat(given.status()).isEqualTo(200);
		assertThat(given.json().get("roles").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("MEMBER",
				"SPONSOR");
		long own = steward.get("/api/v1/me").json().get("accountId").asLong();
		assertThat(steward.put("/api/v1/accounts/" + own + "/roles", "{\"roles\":[\"MEMBER\"]}").status())
				.isEqualTo(422);
		assertThat(Api.as(port, "member34@example.org")
				.put("/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"STEWARD\"]}").status()).isEqualTo(403);
	}

	@Test
	void repeatedFailedSignInsLockTheAccountForAWhile() {
		for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
			assertThat(Api.basic(port, "member50@example.org", "wrong password")
					.post("/api/v1/tokens", "{\"name\":\"x\"}").status()).isEqualTo(401);
		}
		assertThat(Api.basic(port, "member50@example.org", "constellation").post("/api/v1/tokens", "{\"name\":\"x\"}")
				.status()).isEqualTo(401);
	}
}
