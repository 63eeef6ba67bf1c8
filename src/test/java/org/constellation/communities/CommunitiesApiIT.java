package org.constellation.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.gatherings.GatheringFixtures;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunitiesApiIT {

	@LocalServerPort
	int port;

	private long idOf(Api api, String path, String name) {
		return api.get(path).json().valueStream().filter(n -> n.get("name").asString().equals(name)).findFirst()
				.orElseThrow().get("id").asLong();
	}

	private long placeId(Api api, String name) {
		return api.get("/api/v1/places?size=100").json().get("content").valueStream()
				.filter(n -> n.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private JsonNode convene(Api convener, String name, String visibility, String joinPolicy) {
		long ohio = placeId(convener, "Ohio");
		long school = placeId(convener, "Eastmoor Elementary");
		long issue = convener.get("/api/v1/issues?size=50").json().get("content").get(0).get("id").asLong();
		long families = idOf(convener, "/api/v1/stakeholder-groups", "Families");
		var created = convener.post("/api/v1/communities",
				Api.json(Map.of("name", name, "purpose", "Learning together", "issueIds", List.of(issue),
						"stakeholderGroupIds", List.of(families), "placeIds", List.of(ohio, school), "activities",
						List.of("CONVERSATIONS", "GATHERINGS"), "practice", "We meet monthly.", "visibility",
						visibility, "joinPolicy", joinPolicy, "legitimacy", "I have done this work for years.")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	@Test
	void aCommunityScopedToPlacesAtTwoLevelsIsCrossLevelWithACompleteCharter() {
		Api convener = Api.as(port, "member30@example.org");
		JsonNode c = convene(convener, unique("Across levels"), "PUBLIC", "OPEN");
		assertThat(c.get("crossLevel").asBoolean()).isTrue();
		assertThat(c.get("levels").valueStream().map(l -> l.get("name").asString())).containsExactly("State",
				"School/Program");
		assertThat(c.get("charterComplete").asBoolean()).isTrue();
		assertThat(c.get("conveners").get(0).get("legitimacy").asString()).contains("years");

		JsonNode fetched = convener.get("/api/v1/communities/" + c.get("id").asLong()).json();
		assertThat(fetched.get("crossLevel").asBoolean()).isTrue();
		assertThat(fetched.get("stage").asString()).isEqualTo("POTENTIAL");
	}

	@Test
	void aCharterWithUnansweredQuestionsSaysWhichAndOneLevelIsNotCrossLevel() {
		Api convener = Api.as(port, "member31@example.org");
		long ohio = placeId(convener, "Ohio");
		long vermont = placeId(convener, "Vermont");
		var created = convener.post("/api/v1/communities",
				Api.json(Map.of("name", unique("Across states"), "placeIds", List.of(ohio, vermont))));
		JsonNode c = created.json();
		assertThat(c.get("crossLevel").asBoolean()).isFalse();
		assertThat(c.get("levels").valueStream().map(l -> l.get("name").asString())).containsExactly("State");
		assertThat(c.get("charterComplete").asBoolean()).isFalse();
		assertThat(c.get("unanswered").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("CONCERNS",
				"TABLE", "PRACTICE", "CONVENERS");
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		Api convener = Api.as(port, "member32@example.org");
		var blank = convener.post("/api/v1/communities", "{\"name\":\"  \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

		String name = unique("Half written");
		var badPlace = convener.post("/api/v1/communities",
				Api.json(Map.of("name", name, "placeIds", List.of(987654321))));
		assertThat(badPlace.status()).isEqualTo(422);
		assertThat(badPlace.json().get("errors").get(0).get("field").asString()).isEqualTo("placeIds");
		assertThat(convener.get("/api/v1/communities?q=" + name.replace(" ", "+")).json().get("page")
				.get("totalElements").asInt()).isZero();

		var badEnum = convener.post("/api/v1/communities", "{\"name\":\"X\",\"visibility\":\"SECRET\"}");
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("visibility");

		String taken = unique("Taken");
		convene(convener, taken, "PUBLIC", "OPEN");
		var duplicate = convener.post("/api/v1/communities", Api.json(Map.of("name", taken)));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void joiningAnOpenCommunityTwiceIsOneMembershipAndAnyoneMayLeave() {
		long id = convene(Api.as(port, "member33@example.org"), unique("Open door"), "PUBLIC", "OPEN").get("id")
				.asLong();
		Api member = Api.as(port, "member34@example.org");
		var first = member.post("/api/v1/communities/" + id + "/membership", "{\"whyHere\":\"To learn\"}");
		var second = member.post("/api/v1/communities/" + id + "/membership", "{\"whyHere\":\"To learn\"}");
		assertThat(first.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(second.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(member.get("/api/v1/communities/" + id).json().get("memberCount").asInt()).isEqualTo(2);

		var chosen = member.put("/api/v1/communities/" + id + "/membership/participation",
				"{\"participation\":\"OCCASIONAL\"}");
		assertThat(chosen.json().get("participation").asString()).isEqualTo("OCCASIONAL");
		assertThat(
				member.get("/api/v1/communities/" + id + "/membership").json().get("suggestedParticipation").asString())
				.isEqualTo("PERIPHERAL");

		assertThat(member.delete("/api/v1/communities/" + id + "/membership").status()).isEqualTo(204);
		assertThat(member.get("/api/v1/communities/" + id).json().get("memberCount").asInt()).isEqualTo(1);
	}

	/**
	 * Every kind of contribution counts once towards the suggested participation:
	 * ten of them, one short of each kind, would leave the member ACTIVE, not CORE.
	 */
	@Test
	void everyKindOfRecentContributionCountsTowardsTheSuggestedParticipation() {
		long id = convene(Api.as(port, "member37@example.org"), unique("Counting circle"), "PUBLIC", "OPEN").get("id")
				.asLong();
		Api member = Api.as(port, "member45@example.org");
		long me = member.get("/api/v1/me").json().get("practitionerId").asLong();
		assertThat(member.post("/api/v1/communities/" + id + "/membership", "{\"whyHere\":\"To learn\"}").json()
				.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(suggested(member, id)).isEqualTo("PERIPHERAL");

		long thread = created(member.post("/api/v1/communities/" + id + "/threads",
				Api.json(Map.of("kind", "QUESTION", "title", "How do you begin?", "body", "I wonder.")))).get("id")
				.asLong();
		assertThat(suggested(member, id)).isEqualTo("OCCASIONAL");

		created(member.post("/api/v1/threads/" + thread + "/replies",
				Api.json(Map.of("kind", "REFLECTION", "body", "With a story."))));
		created(member.post("/api/v1/communities/" + id + "/artifacts",
				Api.json(Map.of("kind", "TOOL", "title", "A reading log", "body", "One line a day."))));
		created(member.post("/api/v1/communities/" + id + "/glossary",
				Api.json(Map.of("term", "Check-in", "meaning", "How each of us arrives."))));
		assertThat(suggested(member, id)).isEqualTo("ACTIVE");

		long work = created(member.post("/api/v1/communities/" + id + "/practice-work",
				Api.json(Map.of("title", "A shared reading log", "goal", "Try it for a month.")))).get("id").asLong();
		created(member.post("/api/v1/practice-work/" + work + "/outputs",
				Api.json(Map.of("title", "The log after a month", "note", "Most of us kept it."))));
		long held = created(member.post("/api/v1/communities/" + id + "/gatherings",
				Api.json(GatheringFixtures.draft("Held last week",
						ZonedDateTime.now(ZoneId.of("Europe/Berlin")).minusDays(7), 60))))
				.get("gathering").get("id").asLong();
		assertThat(member
				.put("/api/v1/gatherings/" + held + "/attendance", Api.json(Map.of("practitionerIds", List.of(me))))
				.status()).isEqualTo(200);
		for (int i = 0; i < 2; i++) {
			created(member.post("/api/v1/threads/" + thread + "/replies",
					Api.json(Map.of("kind", "BUILDS_ON", "body", "And one more thought " + i))));
		}
		assertThat(suggested(member, id)).isEqualTo("CORE");
	}

	private static String suggested(Api member, long community) {
		return member.get("/api/v1/communities/" + community + "/membership").json().get("suggestedParticipation")
				.asString();
	}

	private static JsonNode created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	@Test
	void aRequestWaitsForAConvenerWhoHearsOfItByMailAndApprovesOnce() {
		Api convener = Api.as(port, "member35@example.org");
		String name = unique("By request");
		long id = convene(convener, name, "PUBLIC", "REQUEST").get("id").asLong();
		Api asking = Api.as(port, "member36@example.org");
		var noWhy = asking.post("/api/v1/communities/" + id + "/membership", "{}");
		assertThat(noWhy.status()).isEqualTo(422);
		assertThat(noWhy.json().get("errors").get(0).get("field").asString()).isEqualTo("whyHere");

		var request = asking.post("/api/v1/communities/" + id + "/membership",
				"{\"whyHere\":\"Our school starts co-teaching next year\"}");
		assertThat(request.json().get("status").asString()).isEqualTo("REQUESTED");
		long practitionerId = request.json().get("practitionerId").asLong();

		assertThat(Mailbox.all().stream()
				.filter(m -> m.recipient().equals("member35@example.org") && m.subject().contains(name))).isNotEmpty();

		assertThat(Api.as(port, "member37@example.org").get("/api/v1/communities/" + id + "/requests").status())
				.isEqualTo(403);
		JsonNode waiting = convener.get("/api/v1/communities/" + id + "/requests").json();
		assertThat(waiting.get(0).get("whyHere").asString()).contains("co-teaching");

		String approve = "{\"approve\":true}";
		assertThat(convener.post("/api/v1/communities/" + id + "/requests/" + practitionerId, approve).json()
				.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(convener.post("/api/v1/communities/" + id + "/requests/" + practitionerId, approve).status())
				.isEqualTo(200);
		assertThat(convener.get("/api/v1/communities/" + id).json().get("memberCount").asInt()).isEqualTo(2);
	}

	@Test
	void anInvitationByEmailCarriesALinkThatMakesTheInviteeAMember() {
		Api convener = Api.as(port, "member38@example.org");
		String name = unique("By invitation");
		long id = convene(convener, name, "MEMBERS", "INVITATION").get("id").asLong();
		Api invitee = Api.as(port, "member39@example.org");
		assertThat(invitee.post("/api/v1/communities/" + id + "/membership", "{\"whyHere\":\"hello\"}").status())
				.isEqualTo(403);

		assertThat(
				convener.post("/api/v1/communities/" + id + "/invitations", "{\"email\":\"not an address\"}").status())
				.isEqualTo(422);
		assertThat(convener.post("/api/v1/communities/" + id + "/invitations", "{\"email\":\"Member39@example.org\"}")
				.status()).isEqualTo(202);

		Mailbox.Message mail = Mailbox.all().stream()
				.filter(m -> m.recipient().equals("member39@example.org") && m.subject().contains(name)).findFirst()
				.orElseThrow();
		Matcher link = Pattern.compile("/communities/invitations/([A-Za-z0-9_-]+)").matcher(mail.body());
		assertThat(link.find()).isTrue();
		var accepted = invitee.post("/api/v1/community-invitations/" + link.group(1), "{\"whyHere\":\"Invited\"}");
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(invitee.post("/api/v1/community-invitations/" + link.group(1), "{}").status()).isEqualTo(404);
	}

	@Test
	void membersOnlyCommunitiesKeepTheirMemberListFromOthers() {
		Api convener = Api.as(port, "member40@example.org");
		long id = convene(convener, unique("Members only"), "MEMBERS", "REQUEST").get("id").asLong();
		String members = "/api/v1/communities/" + id + "/members";
		assertThat(convener.get(members).status()).isEqualTo(200);
		assertThat(Api.as(port, "member42@example.org").get(members).status()).isEqualTo(403);
		assertThat(Api.as(port, "sponsor@example.org").get(members).status()).isEqualTo(403);
		assertThat(Api.as(port, "steward@example.org").get(members).status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get(members).status()).isEqualTo(401);
		String history = "/api/v1/communities/" + id + "/stage-history";
		assertThat(convener.get(history).status()).isEqualTo(200);
		assertThat(Api.as(port, "member42@example.org").get(history).status()).isEqualTo(403);
		assertThat(Api.as(port, "sponsor@example.org").get(history).status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/v1/communities/" + id).status()).isEqualTo(401);
		// the charter itself is visible to every signed-in person, so they can ask to
		// join
		assertThat(Api.as(port, "member42@example.org").get("/api/v1/communities/" + id).status()).isEqualTo(200);
	}

	@Test
	void onlyConvenersChangeTheCharterAndTheStageAndAStaleEditIsRefused() {
		Api convener = Api.as(port, "member43@example.org");
		JsonNode c = convene(convener, unique("Stages"), "PUBLIC", "OPEN");
		long id = c.get("id").asLong();
		long version = c.get("version").asLong();
		Api other = Api.as(port, "member44@example.org");
		String charter = Api.json(Map.of("name", c.get("name").asString(), "purpose", "Changed", "visibility", "PUBLIC",
				"joinPolicy", "OPEN", "version", version));
		assertThat(other.put("/api/v1/communities/" + id + "/charter", charter).status()).isEqualTo(403);
		assertThat(convener.put("/api/v1/communities/" + id + "/charter", charter).status()).isEqualTo(200);
		var stale = convener.put("/api/v1/communities/" + id + "/charter", charter);
		assertThat(stale.status()).isEqualTo(409);

		assertThat(other.put("/api/v1/communities/" + id + "/stage", "{\"stage\":\"MATURING\"}").status())
				.isEqualTo(403);
		assertThat(convener.put("/api/v1/communities/" + id + "/stage",
				"{\"stage\":\"COALESCING\",\"note\":\"Three meetings in\"}").json().get("stage").asString())
				.isEqualTo("COALESCING");
		JsonNode history = convener.get("/api/v1/communities/" + id + "/stage-history").json();
		assertThat(history.get(0).get("stage").asString()).isEqualTo("COALESCING");
		assertThat(history.get(0).get("note").asString()).isEqualTo("Three meetings in");
		assertThat(history.get(1).get("stage").asString()).isEqualTo("POTENTIAL");
	}

	@Test
	void theDemoConstellationHasCommunitiesAtEveryLevelAndAcrossLevels() {
		Api api = Api.as(port, "member01@example.org");
		JsonNode all = api.get("/api/v1/communities?size=500").json().get("content");
		List<JsonNode> demo = all.valueStream().filter(c -> !c.get("name").asString().matches(".* [0-9a-f]{8}"))
				.toList();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(10);
		assertThat(demo.stream().filter(c -> c.get("crossLevel").asBoolean())).hasSizeGreaterThanOrEqualTo(3);
		assertThat(demo.stream().filter(c -> !c.get("crossLevel").asBoolean() && !c.get("levels").isEmpty())
				.map(c -> c.get("levels").get(0).get("name").asString()).distinct())
				.contains("National", "State", "District", "School/Program");
		assertThat(demo.stream().map(c -> c.get("stage").asString()).distinct()).hasSize(5);
		assertThat(demo.stream().flatMap(c -> c.get("participation").propertyNames().stream()).distinct())
				.containsExactlyInAnyOrder("CORE", "ACTIVE", "OCCASIONAL", "PERIPHERAL");
	}
}
