package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatheringsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	AccountService accounts;

	@Autowired
	CommunityService communities;

	@Autowired
	PasswordEncoder passwords;

	GatheringFixtures fixtures;

	AccountPrincipal convener;
	AccountPrincipal member;
	AccountPrincipal other;
	long community;

	@BeforeEach
	void aCommunityWithTwoMembers() {
		fixtures = new GatheringFixtures(accounts, communities, memberships, passwords);
		convener = fixtures.person("America/Chicago");
		member = fixtures.person("Europe/Berlin");
		other = fixtures.person("Asia/Tokyo");
		community = fixtures.community(convener, Visibility.PUBLIC, member, other);
	}

	Api api(AccountPrincipal who) {
		return Api.as(port, who.email());
	}

	long propose(Api api, Map<String, Object> draft) {
		var created = api.post("/api/v1/communities/" + community + "/gatherings", Api.json(draft));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("gathering").get("id").asLong();
	}

	@Test
	void aMemberProposesAGatheringThatOthersFindInTheCommunitysList() {
		Api proposer = api(member);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(7).withHour(16).withMinute(0);
		var created = proposer.post("/api/v1/communities/" + community + "/gatherings",
				Api.json(GatheringFixtures.draft("Co-teaching circle", start, 90)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.contentType()).startsWith("application/json");
		JsonNode g = created.json().get("gathering");
		assertThat(g.get("title").asString()).isEqualTo("Co-teaching circle");
		assertThat(g.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(g.get("localStart").asString()).startsWith(start.toLocalDate() + "T16:00");
		assertThat(java.time.Instant.parse(g.get("startsAt").asString()))
				.isEqualTo(start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toInstant());
		assertThat(created.json().get("mayManage").asBoolean()).isTrue();

		JsonNode list = api(other).get("/api/v1/communities/" + community + "/gatherings").json();
		assertThat(list.get("content").valueStream().map(n -> n.get("title").asString()))
				.contains("Co-teaching circle");
		assertThat(api(other).get("/api/v1/gatherings/" + g.get("id").asLong()).json().get("mayManage").asBoolean())
				.isFalse();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Api proposer = api(member);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(3);
		String path = "/api/v1/communities/" + community + "/gatherings";

		var noLength = GatheringFixtures.draft("Circle", start, 0);
		assertProblem(proposer.post(path, Api.json(noLength)), 400, "durationMinutes");

		var badZone = GatheringFixtures.draft("Circle", start, 60);
		badZone.put("timeZone", "Mars/Olympus_Mons");
		assertProblem(proposer.post(path, Api.json(badZone)), 422, "timeZone");

		var script = GatheringFixtures.draft("Circle", start, 60);
		script.put("onlineLink", "javascript:alert(1)");
		assertProblem(proposer.post(path, Api.json(script)), 422, "onlineLink");

		var untitled = GatheringFixtures.draft("Circle", start, 60);
		untitled.remove("title");
		assertProblem(proposer.post(path, Api.json(untitled)), 400, "title");

		assertThat(proposer.get(path).json().get("page").get("totalElements").asInt()).isZero();
	}

	private static void assertProblem(Api.Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
	}

	@Test
	void answeringTwiceKeepsOneAnswerAndAChangedAnswerReplacesIt() {
		long id = propose(api(member), GatheringFixtures.draft("Story round",
				ZonedDateTime.now(ZoneId.of("America/Chicago")).plusDays(2), 60));
		Api answering = api(other);
		assertThat(answering.put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}").status())
				.isEqualTo(200);
		assertThat(answering.put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}").status())
				.isEqualTo(200);
		JsonNode counts = answering.get("/api/v1/gatherings/" + id).json().get("gathering").get("counts");
		assertThat(counts.get("YES").asInt()).isEqualTo(1);

		answering.put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"MAYBE\"}");
		JsonNode after = answering.get("/api/v1/gatherings/" + id).json();
		assertThat(after.get("gathering").get("counts").has("YES")).isFalse();
		assertThat(after.get("gathering").get("counts").get("MAYBE").asInt()).isEqualTo(1);
		assertThat(after.get("gathering").get("myResponse").asString()).isEqualTo("MAYBE");
		assertThat(after.get("names").get("MAYBE").valueStream().map(n -> n.get("id").asLong()))
				.containsExactly(other.practitionerId());

		assertThat(answering.put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"SOMETIMES\"}").status())
				.isEqualTo(400);
	}

	@Test
	void attendanceIsRecordedOnlyAfterTheEndAndOnlyByTheProposerOrAConvener() {
		Api proposer = api(member);
		long upcoming = propose(proposer,
				GatheringFixtures.draft("Not yet", ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(1), 60));
		String who = Api.json(Map.of("practitionerIds", List.of(other.practitionerId())));
		var early = proposer.put("/api/v1/gatherings/" + upcoming + "/attendance", who);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("practitionerIds");

		long held = propose(proposer, GatheringFixtures.draft("Held last week",
				ZonedDateTime.now(ZoneId.of("Europe/Berlin")).minusDays(7), 60));
		assertThat(api(other).put("/api/v1/gatherings/" + held + "/attendance", who).status()).isEqualTo(403);
		var recorded = proposer.put("/api/v1/gatherings/" + held + "/attendance", who);
		assertThat(recorded.status()).isEqualTo(200);
		var byConvener = api(convener).put("/api/v1/gatherings/" + held + "/attendance",
				Api.json(Map.of("practitionerIds", List.of(other.practitionerId(), member.practitionerId()))));
		assertThat(byConvener.status()).isEqualTo(200);

		JsonNode mine = api(other).get("/api/v1/me/attendance").json();
		assertThat(mine.get("content").valueStream().map(n -> n.get("id").asLong())).containsExactly(held);
		var stranger = fixtures.person("UTC");
		assertThat(proposer.put("/api/v1/gatherings/" + held + "/attendance",
				Api.json(Map.of("practitionerIds", List.of(stranger.practitionerId())))).status()).isEqualTo(422);
	}

	@Test
	void theProposerAndConvenersChangeOrCancelAndAStaleChangeIsRefused() {
		Api proposer = api(member);
		var draft = GatheringFixtures.draft("Case review", ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(5),
				60);
		long id = propose(proposer, draft);
		draft.put("version", 0);
		draft.put("title", "Case review: first weeks");
		assertThat(api(other).put("/api/v1/gatherings/" + id, Api.json(draft)).status()).isEqualTo(403);
		var changed = proposer.put("/api/v1/gatherings/" + id, Api.json(draft));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("gathering").get("title").asString()).isEqualTo("Case review: first weeks");
		assertThat(api(convener).put("/api/v1/gatherings/" + id, Api.json(draft)).status()).isEqualTo(409);

		var cancelled = api(convener).post("/api/v1/gatherings/" + id + "/cancel", "");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("gathering").get("cancelled").asBoolean()).isTrue();
		assertThat(api(convener).post("/api/v1/gatherings/" + id + "/cancel", "").status()).isEqualTo(200);
		assertThat(api(other).put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}").status())
				.isEqualTo(409);
	}

	@Test
	void aMembersOnlyCommunitysGatheringsAreHiddenFromNonMembersSponsorsAndStrangers() {
		AccountPrincipal outsider = fixtures.person("UTC");
		long closed = fixtures.community(convener, Visibility.MEMBERS, member);
		var created = api(member).post("/api/v1/communities/" + closed + "/gatherings", Api.json(GatheringFixtures
				.draft("Members only", ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(4), 60)));
		long id = created.json().get("gathering").get("id").asLong();
		List<String> paths = List.of("/api/v1/gatherings/" + id, "/api/v1/gatherings/" + id + "/calendar.ics",
				"/api/v1/communities/" + closed + "/gatherings");

		for (String path : paths) {
			assertThat(api(member).get(path).status()).as(path).isEqualTo(200);
			assertThat(api(outsider).get(path).status()).as(path).isEqualTo(403);
			assertThat(Api.as(port, "sponsor@example.org").get(path).status()).as(path).isEqualTo(403);
			var anonymous = Api.anonymous(port).get(path);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.contentType()).startsWith("application/problem+json");
		}
		assertThat(api(outsider).put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}").status())
				.isEqualTo(403);
		assertThat(
				api(outsider).post("/api/v1/communities/" + closed + "/gatherings",
						Api.json(GatheringFixtures.draft("Uninvited",
								ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(4), 60)))
						.status())
				.isEqualTo(403);
	}
}
