package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.PortfolioFixtures.group;
import static org.constellation.support.PortfolioFixtures.level;
import static org.constellation.support.PortfolioFixtures.person;
import static org.constellation.support.PortfolioFixtures.place;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.constellation.people.AccountService;
import org.constellation.people.People;
import org.constellation.people.ProfileService;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.PortfolioFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Three communities on an issue of their own, beside the demo constellation: a
 * state community, a school one and one across both levels. Ana convenes the
 * state and the cross-level ones, Ben the school one, and Sam (a researcher at
 * the national level) belongs to the state and the school communities. The map,
 * coverage, boundary spanners and health must say exactly that.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstellationApiIT {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	String issueName;
	long issue;
	long state;
	long school;
	long across;
	long ana;
	long sam;
	long stateLevel;
	long schoolLevel;
	long eastmoor;

	String email(String who) {
		return "constellation-" + who + "-" + run + "@example.org";
	}

	@BeforeAll
	void threeCommunitiesOnAnIssueOfTheirOwn() {
		Api steward = Api.as(port, "steward@example.org");
		issueName = "Constellation concern " + run;
		issue = PortfolioFixtures.issue(steward, issueName);
		long educators = group(steward, "Educators");
		long administrators = group(steward, "Administrators");
		long researchers = group(steward, "Researchers");
		long families = group(steward, "Families");
		long nation = place(steward, "United States");
		long ohio = place(steward, "Ohio");
		eastmoor = place(steward, "Eastmoor Elementary");
		stateLevel = level(steward, "State");
		schoolLevel = level(steward, "School/Program");
		ana = person(accounts, profiles, email("ana"), "Ana " + run, Set.of(educators), eastmoor, Set.of(issue));
		person(accounts, profiles, email("ben"), "Ben " + run, Set.of(administrators), eastmoor, Set.of(issue));
		sam = person(accounts, profiles, email("sam"), "Sam " + run, Set.of(researchers), nation, Set.of(issue));

		Api anaApi = Api.as(port, email("ana"));
		state = convene(anaApi, "State " + run, List.of(ohio), List.of(families, researchers),
				List.of(level(steward, "District")));
		across = convene(anaApi, "Across " + run, List.of(ohio, eastmoor), List.of(), List.of());
		school = convene(Api.as(port, email("ben")), "School " + run, List.of(eastmoor), List.of(), List.of());
		Api samApi = Api.as(port, email("sam"));
		for (long community : List.of(state, school)) {
			var joined = samApi.post("/api/v1/communities/" + community + "/membership", "{\"whyHere\":\"To learn\"}");
			assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
		}
	}

	private long convene(Api convener, String name, List<Long> places, List<Long> groups, List<Long> levels) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("purpose", "Learning together across levels");
		body.put("issueIds", List.of(issue));
		body.put("placeIds", places);
		body.put("stakeholderGroupIds", groups);
		body.put("neededLevelIds", levels);
		body.put("visibility", "PUBLIC");
		body.put("joinPolicy", "OPEN");
		var created = convener.post("/api/v1/communities", Api.json(body));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static Map<Long, JsonNode> byId(JsonNode list, String idField) {
		Map<Long, JsonNode> map = new HashMap<>();
		list.valueStream().forEach(n -> map.put(n.get(idField).asLong(), n));
		return map;
	}

	@Test
	void theMapLaysCommunitiesOutByLevelAndLinksThemBySharedMembersAndIssues() {
		var answer = Api.as(port, "sponsor@example.org").get("/api/v1/constellation?links=ALL&issueId=" + issue);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode map = answer.json();
		assertThat(map.get("levels").valueStream().map(l -> l.get("name").asString()).toList()).startsWith("National",
				"State", "District", "School/Program");
		Map<Long, JsonNode> communities = byId(map.get("communities"), "id");
		assertThat(communities).containsOnlyKeys(state, school, across);
		assertThat(communities.get(across).get("levels").valueStream().map(JsonNode::asLong).toList())
				.containsExactly(stateLevel, schoolLevel);
		assertThat(communities.get(across).get("crossLevel").asBoolean()).isTrue();
		assertThat(communities.get(state).get("crossLevel").asBoolean()).isFalse();
		assertThat(communities.get(state).get("members").asInt()).isEqualTo(2);

		Map<Set<Long>, JsonNode> links = new HashMap<>();
		map.get("links").valueStream()
				.forEach(l -> links.put(Set.of(l.get("source").asLong(), l.get("target").asLong()), l));
		assertThat(links).containsOnlyKeys(Set.of(state, school), Set.of(state, across), Set.of(school, across));
		assertThat(links.get(Set.of(state, school)).get("sharedMembers").asInt()).isEqualTo(1);
		assertThat(links.get(Set.of(state, across)).get("sharedMembers").asInt()).isEqualTo(1);
		assertThat(links.get(Set.of(school, across)).get("sharedMembers").asInt()).isZero();
		assertThat(links.get(Set.of(school, across)).get("sharedIssues").asInt()).isEqualTo(1);
		assertThat(map.get("issueLinksIncluded").asBoolean()).isTrue();
	}

	@Test
	void theFiguresAndThePictureOfTheMapSayWhatThePageShows() throws Exception {
		Api sponsor = Api.as(port, "sponsor@example.org");
		int levels = sponsor.get("/api/v1/constellation?issueId=" + issue).json().get("levels").size();
		var answer = sponsor.get("/api/v1/constellation/figures?issueId=" + issue);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode figures = answer.json();
		// Ana, Ben and Sam; the across community spans two levels; Sam joins the state
		// and school ones, Ana the state and across ones, all at different levels
		assertThat(figures.get("communities").asInt()).isEqualTo(3);
		assertThat(figures.get("practitioners").asInt()).isEqualTo(3);
		assertThat(figures.get("crossLevelCommunities").asInt()).isEqualTo(1);
		assertThat(figures.get("memberLinks").asInt()).isEqualTo(2);
		assertThat(figures.get("linksAcrossLevels").asInt()).isEqualTo(2);
		assertThat(figures.get("linksAcrossLevelsPercent").asInt()).isEqualTo(100);
		// the issue has communities at the state and school levels only
		assertThat(figures.get("gaps").asInt()).isEqualTo(levels - 2);

		var svg = sponsor.getBytes("/api/v1/constellation/map.svg?issueId=" + issue + "&links=ALL");
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(svg.header("Content-Disposition")).startsWith("attachment");
		org.w3c.dom.Document picture = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.body()));
		String words = picture.getDocumentElement().getTextContent();
		assertThat(words).contains("State " + run + ": 2 members; State;",
				"School " + run + ": 2 members; School/Program;",
				"Across " + run + ": 1 member; State, School/Program;",
				"3 communities \u00b7 3 practitioners \u00b7 100% of links across levels");
		// all links: the two through members and, dashed, the one through the issue
		assertThat(picture.getElementsByTagName("path").getLength()).isEqualTo(3);
		var strongest = sponsor.getBytes("/api/v1/constellation/map.svg?issueId=" + issue);
		assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(strongest.body())).getElementsByTagName("path").getLength())
				.isEqualTo(2);

		var png = sponsor.getBytes("/api/v1/constellation/map.png?issueId=" + issue);
		assertThat(png.status()).isEqualTo(200);
		assertThat(png.header("Content-Type")).isEqualTo("image/png");
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body()));
		assertThat(image.getWidth()).isGreaterThan(1000);
		// rendering takes seconds, so a picture's PNG is kept: twenty people asking at
		// once get the same bytes, and another picture gets its own
		List<byte[]> atOnce = java.util.stream.IntStream.range(0, 20).parallel()
				.mapToObj(i -> sponsor.getBytes("/api/v1/constellation/map.png?issueId=" + issue))
				.peek(each -> assertThat(each.status()).isEqualTo(200)).map(each -> each.body()).toList();
		assertThat(atOnce).allSatisfy(bytes -> assertThat(bytes).isEqualTo(png.body()));
		assertThat(sponsor.getBytes("/api/v1/constellation/map.png?issueId=" + issue + "&links=ALL").body())
				.isNotEqualTo(png.body());
		assertThat(sponsor.get("/api/v1/constellation/map.svg?links=EVERY").status()).isEqualTo(400);
	}

	@Test
	void byDefaultTheMapAnswersEachCommunitysStrongestTiesAndSaysHowManyThereAre() {
		Api sponsor = Api.as(port, "sponsor@example.org");
		JsonNode map = sponsor.get("/api/v1/constellation?issueId=" + issue).json();
		// the school and across communities share an issue, not a member: that link is
		// only in links=ALL
		assertThat(map.get("links").valueStream().map(l -> Set.of(l.get("source").asLong(), l.get("target").asLong())))
				.containsExactlyInAnyOrder(Set.of(state, school), Set.of(state, across));
		assertThat(map.get("linksShown").asString()).isEqualTo("STRONGEST");
		assertThat(map.get("linksTotal").asInt()).isEqualTo(3);
		assertThat(map.get("issueLinksIncluded").asBoolean()).isFalse();

		JsonNode whole = sponsor.get("/api/v1/constellation").json();
		JsonNode every = sponsor.get("/api/v1/constellation?links=ALL").json();
		assertThat(every.get("links").size()).isEqualTo(whole.get("linksTotal").asInt());
		assertThat(whole.get("links").size()).isLessThanOrEqualTo(2 * whole.get("communities").size())
				.isLessThanOrEqualTo(every.get("links").size());
		assertThat(whole.get("links").valueStream()).allMatch(l -> l.get("sharedMembers").asInt() > 0);
		// each community keeps its strongest tie
		for (JsonNode community : whole.get("communities")) {
			long id = community.get("id").asLong();
			int strongest = every.get("links").valueStream()
					.filter(l -> l.get("source").asLong() == id || l.get("target").asLong() == id)
					.mapToInt(l -> l.get("sharedMembers").asInt()).max().orElse(0);
			if (strongest > 0) {
				assertThat(whole.get("links").valueStream()
						.filter(l -> l.get("source").asLong() == id || l.get("target").asLong() == id)
						.mapToInt(l -> l.get("sharedMembers").asInt()).max().orElse(0)).isEqualTo(strongest);
			}
		}
		assertThat(sponsor.get("/api/v1/constellation?links=EVERY").status()).isEqualTo(400);
	}

	@Test
	void filtersByPlaceStageAndStakeholderGroup() {
		Api member = Api.as(port, "member01@example.org");
		var atSchool = member.get("/api/v1/constellation?issueId=" + issue + "&placeId=" + eastmoor).json();
		assertThat(byId(atSchool.get("communities"), "id")).containsOnlyKeys(school, across);
		var potential = member.get("/api/v1/constellation?issueId=" + issue + "&stage=MATURING").json();
		assertThat(potential.get("communities").isEmpty()).isTrue();
		long researchers = group(member, "Researchers");
		var withResearchers = member
				.get("/api/v1/constellation?issueId=" + issue + "&stakeholderGroupId=" + researchers).json();
		// the state community asks for researchers and has Sam; the school one has Sam
		assertThat(byId(withResearchers.get("communities"), "id")).containsOnlyKeys(state, school);
		assertThat(member.get("/api/v1/constellation?minSharedMembers=0").status()).isEqualTo(400);
	}

	@Test
	void coverageShowsCellsGapsAndWhoIsMissingFromEachTable() {
		var answer = Api.as(port, "sponsor@example.org").get("/api/v1/coverage");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode coverage = answer.json();
		Map<Long, JsonNode> byLevel = new HashMap<>();
		coverage.get("byLevel").valueStream().filter(c -> c.get("issueId").asLong() == issue)
				.forEach(c -> byLevel.put(c.get("levelId").asLong(), c));
		assertThat(byLevel).containsOnlyKeys(stateLevel, schoolLevel);
		assertThat(byLevel.get(stateLevel).get("communities").asInt()).isEqualTo(2);
		assertThat(byLevel.get(stateLevel).get("members").asInt()).isEqualTo(2);
		assertThat(byLevel.get(schoolLevel).get("members").asInt()).isEqualTo(3);

		Map<Long, JsonNode> byGroup = new HashMap<>();
		coverage.get("byStakeholderGroup").valueStream().filter(c -> c.get("issueId").asLong() == issue)
				.forEach(c -> byGroup.put(c.get("stakeholderGroupId").asLong(), c));
		Api sponsor = Api.as(port, "sponsor@example.org");
		JsonNode families = byGroup.get(group(sponsor, "Families"));
		assertThat(families.get("members").asInt()).isZero();
		assertThat(families.get("communitiesAsking").asInt()).isEqualTo(1);
		assertThat(families.get("communitiesLacking").asInt()).isEqualTo(1);
		assertThat(byGroup.get(group(sponsor, "Researchers")).get("members").asInt()).isEqualTo(1);
		assertThat(byGroup.get(group(sponsor, "Educators")).get("members").asInt()).isEqualTo(1);

		List<JsonNode> allGaps = new ArrayList<>();
		JsonNode gapsPage;
		int page = 0;
		do {
			gapsPage = sponsor.get("/api/v1/coverage/gaps?size=100&page=" + page++).json();
			gapsPage.get("content").valueStream().forEach(allGaps::add);
		} while (page < gapsPage.get("page").get("totalPages").asInt());
		assertThat(allGaps).hasSize(coverage.get("communitiesWithGaps").asInt())
				.hasSize(gapsPage.get("page").get("totalElements").asInt());
		assertThat(sponsor.get("/api/v1/coverage/gaps?size=1").json().get("content").size()).isEqualTo(1);
		var tooMany = sponsor.get("/api/v1/coverage/gaps?size=101");
		assertThat(tooMany.status()).as("at most 100 a page").isEqualTo(400);
		assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
		JsonNode gaps = allGaps.stream().filter(g -> g.get("community").get("id").asLong() == state).findFirst()
				.orElseThrow();
		assertThat(gaps.get("missingGroups").valueStream().map(g -> g.get("name").asString()))
				.containsExactly("Families");
		assertThat(gaps.get("missingLevels").valueStream().map(g -> g.get("name").asString()))
				.containsExactly("District");
		assertThat(allGaps.stream().map(g -> g.get("community").get("id").asLong())).doesNotContain(school, across);
	}

	@Test
	void coverageIsSentGzippedToClientsThatAcceptGzipAndPlainToOthers() throws IOException {
		Api sponsor = Api.as(port, "sponsor@example.org");
		var plain = sponsor.getBytes("/api/v1/coverage");
		var gzipped = sponsor.getBytes("/api/v1/coverage", "Accept-Encoding", "gzip, deflate, br");
		var refused = sponsor.getBytes("/api/v1/coverage", "Accept-Encoding", "gzip;q=0, identity");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(plain.header("Content-Type")).startsWith("application/json");
		assertThat(gzipped.status()).isEqualTo(200);
		assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.header("Vary")).contains("Accept-Encoding");
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).as("the same answer, gzipped").isEqualTo(plain.body());
		}
		assertThat(gzipped.body().length).isLessThan(plain.body().length);
		assertThat(refused.header("Content-Encoding")).as("gzip;q=0 refuses gzip").isNull();
		assertThat(refused.body()).isEqualTo(plain.body());
	}

	@Test
	void theMapAndItsPictureAreSentGzippedToClientsThatAcceptGzip() throws IOException {
		Api sponsor = Api.as(port, "sponsor@example.org");
		for (String path : List.of("/api/v1/constellation", "/api/v1/constellation/map.svg")) {
			var plain = sponsor.getBytes(path);
			var gzipped = sponsor.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
			assertThat(plain.header("Content-Encoding")).as(path).isNull();
			assertThat(gzipped.header("Content-Encoding")).as(path).isEqualTo("gzip");
			try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
				assertThat(in.readAllBytes()).as("the same answer, gzipped: " + path).isEqualTo(plain.body());
			}
			assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 3);
		}
	}

	@Test
	void coverageDownloadsAsCsvWithGapsAsZeros() {
		Api steward = Api.as(port, "steward@example.org");
		var levels = steward.get("/api/v1/coverage.csv?view=levels");
		assertThat(levels.status()).isEqualTo(200);
		assertThat(levels.contentType()).startsWith("text/csv");
		assertThat(levels.header("Content-Disposition")).contains("coverage-issues-by-level.csv");
		assertThat(levels.body()).startsWith("issue,level,communities,members,posts in the last 13 weeks\r\n").contains(
				issueName + ",State,2,2,0\r\n", issueName + ",School/Program,2,3,0\r\n",
				issueName + ",National,0,0,0\r\n");
		var groups = steward.get("/api/v1/coverage.csv?view=stakeholders");
		assertThat(groups.body()).contains(issueName + ",Families,0,1,1\r\n");
		var wrong = steward.get("/api/v1/coverage.csv?view=everything");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("view");
	}

	@Test
	void boundarySpannersAreThePeopleJoiningLevelsWithExactScores() {
		Map<Long, JsonNode> spanners = new HashMap<>();
		Api anaApi = Api.as(port, email("ana"));
		for (int page = 0;; page++) {
			var answer = anaApi.get("/api/v1/boundary-spanners?size=100&page=" + page);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			answer.json().get("spanners").valueStream().forEach(s -> spanners.put(s.get("practitionerId").asLong(), s));
			if (page + 1 >= answer.json().get("totalPages").asInt()) {
				break;
			}
		}
		// Sam alone joins the state and school communities; Ana alone joins the state
		// and cross-level ones
		assertThat(spanners.get(sam).get("betweenness").asDouble()).isEqualTo(2.0);
		assertThat(spanners.get(ana).get("betweenness").asDouble()).isEqualTo(2.0);
		assertThat(spanners.get(sam).get("communities").valueStream().map(c -> c.get("id").asLong()))
				.containsExactlyInAnyOrder(state, school);
		assertThat(spanners.get(sam).get("levels").valueStream().map(l -> l.get("name").asString()))
				.containsExactly("State", "School/Program");
		assertThat(spanners).doesNotContainKey(people.practitionerIdByEmail(email("ben")).orElseThrow());
	}

	@Test
	void boundarySpannersAreForStewardsAndConvenersOnly() {
		assertThat(Api.as(port, "steward@example.org").get("/api/v1/boundary-spanners").status()).isEqualTo(200);
		assertThat(Api.as(port, "sponsor@example.org").get("/api/v1/boundary-spanners").status()).isEqualTo(403);
		assertThat(Api.as(port, email("sam")).get("/api/v1/boundary-spanners").status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/v1/boundary-spanners").status()).isEqualTo(401);
	}

	@Test
	void healthSaysWhatNeedsAttentionAndCountsOnly() {
		Api sponsor = Api.as(port, "sponsor@example.org");
		var answer = sponsor.get("/api/v1/communities/" + state + "/health");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode health = answer.json();
		assertThat(health.get("members").asInt()).isEqualTo(2);
		assertThat(health.get("weeklyPosts").size()).isEqualTo(26);
		assertThat(health.get("stage").asString()).isEqualTo("POTENTIAL");
		assertThat(health.get("attention").valueStream().map(JsonNode::asString)).contains("MISSING_AT_TABLE")
				.doesNotContain("QUIET", "FEW_MEMBERS", "NO_CONVENER");
		assertThat(sponsor.get("/api/v1/communities/" + school + "/health").json().get("attention").valueStream()
				.map(JsonNode::asString)).doesNotContain("MISSING_AT_TABLE");
		var all = sponsor.get("/api/v1/community-health?needingAttention=true").json();
		assertThat(all.valueStream().map(h -> h.get("communityId").asLong())).contains(state);
		assertThat(all.valueStream().allMatch(h -> !h.get("attention").isEmpty())).isTrue();
		assertThat(sponsor.get("/api/v1/communities/999999999/health").status()).isEqualTo(404);
	}
}
