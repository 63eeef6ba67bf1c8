package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.PortfolioFixtures.group;
import static org.constellation.support.PortfolioFixtures.level;
import static org.constellation.support.PortfolioFixtures.person;
import static org.constellation.support.PortfolioFixtures.place;
import static org.constellation.support.PortfolioFixtures.unique;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.constellation.people.AccountService;
import org.constellation.people.ProfileService;
import org.constellation.support.Api;
import org.constellation.support.PortfolioFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A community whose charter asks for families, researchers and the national and
 * district levels, with an educator at a school and an administrator in a state
 * at its table: who is suggested, in which order and why, who is not, who may
 * look, and inviting from the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableRecommendationsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	String alpha;
	String beta;
	Map<String, Object> charter;
	long community;
	final Map<String, Long> ids = new java.util.HashMap<>();

	String email(String who) {
		return "table-" + who + "-" + run + "@example.org";
	}

	@BeforeAll
	void aCommunityWithGapsAndPeopleAroundIt() {
		Api steward = Api.as(port, "steward@example.org");
		alpha = "Table concern alpha " + run;
		beta = "Table concern beta " + run;
		long a = PortfolioFixtures.issue(steward, alpha);
		long b = PortfolioFixtures.issue(steward, beta);
		long other = PortfolioFixtures.issue(steward, unique("Table concern nobody shares"));
		long educators = group(steward, "Educators");
		long administrators = group(steward, "Administrators");
		long families = group(steward, "Families");
		long researchers = group(steward, "Researchers");
		long nation = place(steward, "United States");
		long ohio = place(steward, "Ohio");
		long district = place(steward, "Columbus City Schools");
		long school = place(steward, "Eastmoor Elementary");

		ids.put("convener", person(accounts, profiles, email("convener"), "Tbl Convener " + run, Set.of(educators),
				school, Set.of(a)));
		ids.put("member", person(accounts, profiles, email("member"), "Tbl Member " + run, Set.of(administrators), ohio,
				Set.of(b)));
		// fills Families, Researchers and District; shares one concern
		ids.put("avery", person(accounts, profiles, email("avery"), "Avery " + run, Set.of(families, researchers),
				district, Set.of(a)));
		// fills Families and National; shares two
		ids.put("blake",
				person(accounts, profiles, email("blake"), "Blake " + run, Set.of(families), nation, Set.of(a, b)));
		// fills Researchers; shares two
		ids.put("casey",
				person(accounts, profiles, email("casey"), "Casey " + run, Set.of(researchers), ohio, Set.of(a, b)));
		// fills Families; shares one
		ids.put("drew", person(accounts, profiles, email("drew"), "Drew " + run, Set.of(families), ohio, Set.of(b)));
		// fills Families and District; shares one
		ids.put("ellis",
				person(accounts, profiles, email("ellis"), "Ellis " + run, Set.of(families), district, Set.of(a)));
		// would fill gaps but shares no concern
		ids.put("noshare", person(accounts, profiles, email("noshare"), "Noshare " + run, Set.of(families), district,
				Set.of(other)));
		// shares a concern but brings only what the table has
		ids.put("nogap",
				person(accounts, profiles, email("nogap"), "Nogap " + run, Set.of(educators), school, Set.of(a, b)));
		// would be suggested, but is invited already
		ids.put("invited",
				person(accounts, profiles, email("invited"), "Invited " + run, Set.of(families), nation, Set.of(a)));

		Api convener = Api.as(port, email("convener"));
		charter = Map.of("purpose", "Who is at the table?", "issueIds", List.of(a, b), "stakeholderGroupIds",
				List.of(educators, families, researchers), "neededLevelIds",
				List.of(level(steward, "National"), level(steward, "District"), level(steward, "School/Program")),
				"placeIds", List.of(ohio, district), "visibility", "PUBLIC", "joinPolicy", "OPEN");
		community = convene(convener, "Table " + run);
		assertThat(Api.as(port, email("member"))
				.post("/api/v1/communities/" + community + "/membership", "{\"whyHere\":\"To learn\"}").status())
				.isEqualTo(200);
		assertThat(convener
				.post("/api/v1/communities/" + community + "/invitations", Api.json(Map.of("email", email("invited"))))
				.status()).isEqualTo(202);
	}

	private long convene(Api convener, String name) {
		var body = new java.util.HashMap<String, Object>(charter);
		body.put("name", name);
		var created = convener.post("/api/v1/communities", Api.json(body));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private String path() {
		return path(community);
	}

	private static String path(long community) {
		return "/api/v1/communities/" + community + "/table-recommendations";
	}

	private static List<String> names(JsonNode refs) {
		return refs.valueStream().map(r -> r.get("name").asString()).toList();
	}

	@Test
	void theConvenerSeesWhatIsMissingAndWhoWouldBringItMostGapsFirst() {
		var answer = Api.as(port, email("convener")).get(path());
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode table = answer.json();
		assertThat(names(table.get("missingStakeholderGroups"))).containsExactly("Families", "Researchers");
		assertThat(names(table.get("missingLevels"))).containsExactly("National", "District");
		assertThat(table.get("totalElements").asLong()).isEqualTo(5);
		assertThat(table.get("page").asInt()).isZero();
		List<JsonNode> found = table.get("recommendations").valueStream().toList();
		assertThat(found).extracting(r -> r.get("displayName").asString()).containsExactly("Avery " + run,
				"Blake " + run, "Ellis " + run, "Casey " + run, "Drew " + run);

		JsonNode avery = found.get(0);
		assertThat(avery.get("practitionerId").asLong()).isEqualTo(ids.get("avery"));
		assertThat(names(avery.get("fillsStakeholderGroups"))).containsExactly("Families", "Researchers");
		assertThat(names(avery.get("fillsLevels"))).containsExactly("District");
		assertThat(names(avery.get("sharedIssues"))).containsExactly(alpha);

		JsonNode blake = found.get(1);
		assertThat(names(blake.get("sharedIssues"))).containsExactly(alpha, beta);
		assertThat(blake.get("reason").asString()).isEqualTo("Shares 2 of the community's concerns: " + alpha + ", "
				+ beta + ". Would bring the voice of Families, which the charter asks for and no member has yet. "
				+ "Works at National level, which no member does.");
		assertThat(found.get(3).get("reason").asString()).isEqualTo("Shares 2 of the community's concerns: " + alpha
				+ ", " + beta + ". Would bring the voice of Researchers, which the charter asks for and no member "
				+ "has yet.");
		assertThat(found).extracting(r -> r.get("email")).containsOnlyNulls();
	}

	@Test
	void peopleWhoShareNoConcernFillNoGapAreInvitedOrSitAtTheTableAreNotListed() {
		JsonNode table = Api.as(port, email("convener")).get(path() + "?size=100").json();
		List<Long> listed = table.get("recommendations").valueStream().map(r -> r.get("practitionerId").asLong())
				.toList();
		assertThat(listed).doesNotContain(ids.get("noshare"), ids.get("nogap"), ids.get("invited"), ids.get("convener"),
				ids.get("member"));
	}

	@Test
	void pagesFollowTheSameOrder() {
		Api convener = Api.as(port, email("convener"));
		JsonNode first = convener.get(path() + "?size=2").json();
		JsonNode third = convener.get(path() + "?size=2&page=2").json();
		assertThat(first.get("recommendations").valueStream().map(r -> r.get("displayName").asString()))
				.containsExactly("Avery " + run, "Blake " + run);
		assertThat(third.get("recommendations").valueStream().map(r -> r.get("displayName").asString()))
				.containsExactly("Drew " + run);
		assertThat(third.get("totalElements").asLong()).isEqualTo(5);
		assertThat(convener.get(path() + "?size=0").status()).isEqualTo(400);
	}

	@Test
	void aStewardMayLookButOnlyConvenersInvite() {
		Api steward = Api.as(port, "steward@example.org");
		assertThat(steward.get(path()).json().get("totalElements").asLong()).isEqualTo(5);
		var refused = steward.post(path() + "/" + ids.get("drew") + "/invitation", "");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aMemberWhoDoesNotConveneASponsorAndAStrangerAreRefused() {
		var member = Api.as(port, email("member")).get(path());
		assertThat(member.status()).isEqualTo(403);
		assertThat(member.contentType()).startsWith("application/problem+json");
		assertThat(Api.as(port, "member50@example.org").get(path()).status()).isEqualTo(403);
		var sponsor = Api.as(port, "sponsor@example.org").get(path());
		assertThat(sponsor.status()).isEqualTo(403);
		assertThat(sponsor.json().get("detail").asString()).contains("Sponsors");
		assertThat(Api.anonymous(port).get(path()).status()).isEqualTo(401);
		assertThat(Api.as(port, email("member")).post(path() + "/" + ids.get("drew") + "/invitation", "").status())
				.isEqualTo(403);
	}

	@Test
	void anUnknownCommunityIsNotFound() {
		var missing = Api.as(port, email("convener")).get("/api/v1/communities/987654321/table-recommendations");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aCharterAskingOnlyForALevelSuggestsWhoLivesAtIt() {
		Api steward = Api.as(port, "steward@example.org");
		var body = new java.util.HashMap<String, Object>(charter);
		body.put("name", "Table national " + run);
		body.put("stakeholderGroupIds", List.of());
		body.put("neededLevelIds", List.of(level(steward, "National")));
		var created = Api.as(port, email("convener")).post("/api/v1/communities", Api.json(body));
		JsonNode table = Api.as(port, email("convener")).get(path(created.json().get("id").asLong())).json();
		assertThat(table.get("missingStakeholderGroups")).isEmpty();
		assertThat(names(table.get("missingLevels"))).containsExactly("National");
		assertThat(table.get("recommendations").valueStream().map(r -> r.get("displayName").asString()))
				.containsExactly("Blake " + run, "Invited " + run);
	}

	@Test
	void invitingFromTheListSendsAnInvitationTheInviteeSeesAndTakesThemOffTheList() {
		Api convener = Api.as(port, email("convener"));
		// a community of its own, so that the other tests keep their figures
		long other = convene(convener, "Table invitations " + run);
		long ellis = ids.get("ellis");
		assertThat(convener.post(path(other) + "/" + ellis + "/invitation", "").status()).isEqualTo(202);

		Api invitee = Api.as(port, email("ellis"));
		assertThat(invitee.get("/api/v1/communities/" + other + "/membership").json().get("status").asString())
				.isEqualTo("INVITED");
		assertThat(convener.get(path(other) + "?size=100").json().get("recommendations").valueStream()
				.map(r -> r.get("practitionerId").asLong())).contains(ids.get("avery")).doesNotContain(ellis);

		assertThat(invitee.post("/api/v1/communities/" + other + "/membership", "{\"whyHere\":\"Asked to\"}").json()
				.get("status").asString()).isEqualTo("ACTIVE");
		var again = convener.post(path(other) + "/" + ellis + "/invitation", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(convener.post(path(other) + "/987654321/invitation", "").status()).isEqualTo(404);
	}
}
