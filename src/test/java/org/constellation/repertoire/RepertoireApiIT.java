package org.constellation.repertoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityFixtures;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.MembershipService;
import org.constellation.people.People;
import org.constellation.support.Api;
import org.constellation.support.Api.Response;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Practice work, the repertoire and the glossary through the API, as a script
 * of a member, a convener, a non-member, a sponsor and a stranger would use it.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepertoireApiIT {

	static final String CONVENER = "member21@example.org";
	static final String MEMBER = "member22@example.org";
	static final String OTHER_MEMBER = "member23@example.org";
	static final String NON_MEMBER = "member24@example.org";
	static final String SPONSOR = "sponsor@example.org";

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	Api convener;
	Api member;
	Api otherMember;
	Api nonMember;
	Api sponsor;
	Api stranger;

	@BeforeAll
	void signIn() {
		convener = Api.as(port, CONVENER);
		member = Api.as(port, MEMBER);
		otherMember = Api.as(port, OTHER_MEMBER);
		nonMember = Api.as(port, NON_MEMBER);
		sponsor = Api.as(port, SPONSOR);
		stranger = Api.anonymous(port);
	}

	long openCommunity() {
		return CommunityFixtures.community(communities, memberships, people, false, CONVENER, MEMBER, OTHER_MEMBER);
	}

	@Test
	void practiceWorkIsProposedJoinedMovedOnAndGivenOutputs() {
		long community = openCommunity();
		Response proposed = member.post("/api/v1/communities/" + community + "/practice-work", Api.json(
				Map.of("title", "A shared reading log for families", "goal", "Try a *weekly* log with ten families")));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		JsonNode work = proposed.json();
		long id = work.get("id").asLong();
		assertThat(work.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(work.get("participating").asBoolean()).isTrue();
		assertThat(work.get("goalHtml").asString()).contains("<em>weekly</em>");

		assertThat(otherMember.put("/api/v1/practice-work/" + id + "/participation", "").json().get("participantCount")
				.asInt()).isEqualTo(2);
		assertThat(otherMember.put("/api/v1/practice-work/" + id + "/participation", "").json().get("participantCount")
				.asInt()).as("joining twice is joining once").isEqualTo(2);

		long version = member.get("/api/v1/practice-work/" + id).json().get("version").asLong();
		Response moved = otherMember.put("/api/v1/practice-work/" + id,
				Api.json(Map.of("title", "A shared reading log for families", "goal", "Ten families, eight weeks",
						"status", "UNDER_WAY", "version", version)));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().get("status").asString()).isEqualTo("UNDER_WAY");

		Response output = otherMember.post("/api/v1/practice-work/" + id + "/outputs",
				Api.json(Map.of("title", "The log template", "url", "https://example.org/log.pdf")));
		assertThat(output.status()).as(output.toString()).isEqualTo(201);
		Response note = member.post("/api/v1/practice-work/" + id + "/outputs",
				Api.json(Map.of("title", "What we learned", "note", "Families read **more** on weekends")));
		assertThat(note.status()).isEqualTo(201);
		JsonNode read = nonMember.get("/api/v1/practice-work/" + id).json();
		assertThat(read.get("outputs").valueStream().map(o -> o.get("title").asString()))
				.containsExactly("The log template", "What we learned");
		assertThat(read.get("canJoin").asBoolean()).as("a non-member reads a public community but cannot join work")
				.isFalse();

		assertThat(otherMember.delete("/api/v1/practice-work/" + id + "/participation").status()).isEqualTo(204);
		assertThat(otherMember.delete("/api/v1/practice-work/" + id + "/participation").status()).isEqualTo(204);
		assertThat(member.get("/api/v1/practice-work/" + id).json().get("participantCount").asInt()).isEqualTo(1);
		assertThat(otherMember.post("/api/v1/practice-work/" + id + "/outputs",
				Api.json(Map.of("title", "Late", "note", "after leaving"))).status())
				.as("after leaving, only participants and conveners add outputs").isEqualTo(403);

		JsonNode list = nonMember.get("/api/v1/communities/" + community + "/practice-work?status=UNDER_WAY").json();
		assertThat(list.get("content").valueStream().map(w -> w.get("id").asLong())).containsExactly(id);
		assertThat(
				nonMember.get("/api/v1/communities/" + community + "/practice-work?status=DONE").json().get("content"))
				.isEmpty();
		assertThat(
				nonMember.post("/api/v1/communities/" + community + "/practice-work", Api.json(Map.of("title", "Mine")))
						.status())
				.as("only members propose").isEqualTo(403);
	}

	@Test
	void artifactsAreAddedFilteredByKindTagAndIssueNewestFirstAndRemovedByTheirAuthor() {
		long community = openCommunity();
		long issue = member.get("/api/v1/issues?size=1").json().get("content").get(0).get("id").asLong();
		long tool = add(member, community, Map.of("kind", "TOOL", "title", "Read-aloud checklist", "body",
				"1. Pick a book\n2. Read", "tags", List.of(" Reading ", "#Families"), "issueIds", List.of(issue)));
		long link = add(member, community, Map.of("kind", "LINK", "title", "Library of Congress reading tips", "url",
				"https://www.loc.gov/", "tags", List.of("reading")));
		long caseId = add(otherMember, community,
				Map.of("kind", "CASE", "title", "When the log did not work", "body", "We asked too much."));

		JsonNode tagged = member.get("/api/v1/communities/" + community + "/artifacts?tag=READING").json();
		assertThat(tagged.get("content").valueStream().map(a -> a.get("id").asLong())).containsExactly(link, tool);
		assertThat(member.get("/api/v1/artifacts/" + tool).json().get("tags").valueStream().map(JsonNode::asString))
				.containsExactly("families", "reading");
		assertThat(member.get("/api/v1/communities/" + community + "/artifacts?kind=CASE").json().get("content")
				.valueStream().map(a -> a.get("id").asLong())).containsExactly(caseId);
		assertThat(member.get("/api/v1/communities/" + community + "/artifacts?issueId=" + issue).json().get("content")
				.valueStream().map(a -> a.get("id").asLong())).containsExactly(tool);
		JsonNode firstPage = member.get("/api/v1/communities/" + community + "/artifacts?size=2").json();
		assertThat(firstPage.get("content").valueStream().map(a -> a.get("id").asLong())).containsExactly(caseId, link);
		assertThat(firstPage.get("page").get("totalElements").asInt()).isEqualTo(3);

		long version = member.get("/api/v1/artifacts/" + tool).json().get("version").asLong();
		Map<String, Object> edit = Map.of("kind", "TOOL", "title", "Read-aloud checklist (v2)", "body", "Shorter",
				"version", version);
		assertThat(otherMember.put("/api/v1/artifacts/" + tool, Api.json(edit)).status())
				.as("another member does not edit someone's artifact").isEqualTo(403);
		assertThat(otherMember.delete("/api/v1/artifacts/" + tool).status()).isEqualTo(403);
		Response edited = member.put("/api/v1/artifacts/" + tool, Api.json(edit));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("title").asString()).isEqualTo("Read-aloud checklist (v2)");
		assertThat(convener.put("/api/v1/artifacts/" + tool,
				Api.json(Map.of("kind", "TOOL", "title", "Read-aloud checklist", "body", "Shorter", "version",
						edited.json().get("version").asLong())))
				.status()).as("a convener edits any artifact").isEqualTo(200);

		assertThat(convener.delete("/api/v1/artifacts/" + caseId).status()).isEqualTo(204);
		assertThat(member.delete("/api/v1/artifacts/" + link).status()).isEqualTo(204);
		assertThat(member.get("/api/v1/artifacts/" + link).status()).isEqualTo(404);
	}

	@Test
	void glossaryTermsAreUniqueIgnoringCaseAlphabeticalAndFoundByAWord() {
		long community = openCommunity();
		Response first = member.post("/api/v1/communities/" + community + "/glossary",
				Api.json(Map.of("term", "Warm demander", "meaning", "A teacher who expects much and cares much",
						"example", "She is a warm demander with every class")));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		Response again = otherMember.post("/api/v1/communities/" + community + "/glossary",
				Api.json(Map.of("term", "  WARM   demander ", "meaning", "Someone else's meaning")));
		assertThat(again.status()).isEqualTo(409);
		assertThat(fieldOf(again)).isEqualTo("term");
		otherMember.post("/api/v1/communities/" + community + "/glossary",
				Api.json(Map.of("term", "Anchor text", "meaning", "The book everyone reads first")));

		assertThat(member.get("/api/v1/communities/" + community + "/glossary").json().get("content").valueStream()
				.map(t -> t.get("term").asString())).containsExactly("Anchor text", "Warm demander");
		assertThat(member.get("/api/v1/communities/" + community + "/glossary?q=expects").json().get("content")
				.valueStream().map(t -> t.get("term").asString())).containsExactly("Warm demander");

		long id = first.json().get("id").asLong();
		long version = first.json().get("version").asLong();
		Map<String, Object> edit = Map.of("term", "Warm demander", "meaning", "High expectations with care", "version",
				version);
		assertThat(otherMember.put("/api/v1/glossary-terms/" + id, Api.json(edit)).status()).isEqualTo(403);
		Response renamed = member.put("/api/v1/glossary-terms/" + id,
				Api.json(Map.of("term", "anchor TEXT", "meaning", "clash", "version", version)));
		assertThat(renamed.status()).isEqualTo(409);
		assertThat(fieldOf(renamed)).isEqualTo("term");
		assertThat(member.put("/api/v1/glossary-terms/" + id, Api.json(edit)).json().get("meaning").asString())
				.isEqualTo("High expectations with care");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		long community = openCommunity();
		String artifacts = "/api/v1/communities/" + community + "/artifacts";
		assertProblem(member.post(artifacts, Api.json(Map.of("kind", "TOOL", "title", " ", "body", "x"))), 400,
				"title");
		assertProblem(member.post(artifacts, Api.json(Map.of("title", "No kind", "body", "x"))), 400, "kind");
		assertProblem(member.post(artifacts, Api.json(Map.of("kind", "LINK", "title", "A link", "body", "no url"))),
				422, "url");
		assertProblem(member.post(artifacts, Api.json(Map.of("kind", "TOOL", "title", "Nothing in it"))), 422, "body");
		assertProblem(
				member.post(artifacts,
						Api.json(
								Map.of("kind", "LINK", "title", "Sneaky", "url", "javascript:alert(document.cookie)"))),
				422, "url");
		assertProblem(
				member.post(artifacts, Api.json(
						Map.of("kind", "DOCUMENT", "title", "Data", "url", "data:text/html;base64,PHNjcmlwdD4="))),
				422, "url");
		assertProblem(
				member.post(artifacts,
						Api.json(
								Map.of("kind", "TOOL", "title", "Issue", "body", "x", "issueIds", List.of(987654321)))),
				422, "issueIds");
		assertProblem(
				member.post(artifacts,
						Api.json(Map.of("kind", "TOOL", "title", "Tag", "body", "x", "tags", List.of("x".repeat(41))))),
				422, "tags");

		long work = member
				.post("/api/v1/communities/" + community + "/practice-work", Api.json(Map.of("title", "Work"))).json()
				.get("id").asLong();
		assertProblem(member.post("/api/v1/practice-work/" + work + "/outputs",
				Api.json(Map.of("title", "Bad", "url", "javascript:alert(1)"))), 422, "url");
		assertProblem(member.post("/api/v1/practice-work/" + work + "/outputs", Api.json(Map.of("title", "Empty"))),
				422, "url");
		assertProblem(member.post("/api/v1/communities/" + community + "/practice-work",
				Api.json(Map.of("goal", "no title"))), 400, "title");
		assertProblem(member.post("/api/v1/communities/" + community + "/glossary", Api.json(Map.of("term", "Lonely"))),
				400, "meaning");
		assertThat(member.get(artifacts).json().get("content")).as("nothing half-written").isEmpty();
	}

	@Test
	void aStaleEditIsRefusedAndNothingIsOverwritten() {
		long community = openCommunity();
		long artifact = add(member, community,
				Map.of("kind", "TOOL", "title", "Exit ticket", "body", "Three questions"));
		long version = member.get("/api/v1/artifacts/" + artifact).json().get("version").asLong();
		assertThat(member
				.put("/api/v1/artifacts/" + artifact, Api.json(
						Map.of("kind", "TOOL", "title", "Exit ticket", "body", "Two questions", "version", version)))
				.status()).isEqualTo(200);
		assertThat(convener
				.put("/api/v1/artifacts/" + artifact, Api.json(
						Map.of("kind", "TOOL", "title", "Exit ticket", "body", "Four questions", "version", version)))
				.status()).isEqualTo(409);
		assertThat(member.get("/api/v1/artifacts/" + artifact).json().get("body").asString())
				.isEqualTo("Two questions");

		JsonNode work = member
				.post("/api/v1/communities/" + community + "/practice-work", Api.json(Map.of("title", "Pilot"))).json();
		long id = work.get("id").asLong();
		long workVersion = work.get("version").asLong();
		assertThat(member.put("/api/v1/practice-work/" + id,
				Api.json(Map.of("title", "Pilot", "status", "UNDER_WAY", "version", workVersion))).status())
				.isEqualTo(200);
		assertThat(convener.put("/api/v1/practice-work/" + id,
				Api.json(Map.of("title", "Pilot", "status", "DONE", "version", workVersion))).status()).isEqualTo(409);

		JsonNode term = member.post("/api/v1/communities/" + community + "/glossary",
				Api.json(Map.of("term", "Cold call", "meaning", "Asking without hands up"))).json();
		long termVersion = term.get("version").asLong();
		String path = "/api/v1/glossary-terms/" + term.get("id").asLong();
		assertThat(
				member.put(path, Api.json(Map.of("term", "Cold call", "meaning", "Warm call", "version", termVersion)))
						.status())
				.isEqualTo(200);
		assertThat(convener.put(path, Api.json(Map.of("term", "Cold call", "meaning", "Other", "version", termVersion)))
				.status()).isEqualTo(409);
	}

	@Test
	void aMembersOnlyCommunityIsClosedToNonMembersSponsorsAndStrangersOnEveryListItemAndSearch() {
		long community = CommunityFixtures.community(communities, memberships, people, true, CONVENER, MEMBER);
		long work = member
				.post("/api/v1/communities/" + community + "/practice-work", Api.json(Map.of("title", "Private pilot")))
				.json().get("id").asLong();
		long artifact = add(member, community, Map.of("kind", "CASE", "title", "A hard case", "body", "Names changed"));
		long term = member.post("/api/v1/communities/" + community + "/glossary",
				Api.json(Map.of("term", "Huddle", "meaning", "A short meeting"))).json().get("id").asLong();
		List<String> paths = List.of("/api/v1/communities/" + community + "/practice-work",
				"/api/v1/communities/" + community + "/artifacts", "/api/v1/communities/" + community + "/glossary",
				"/api/v1/communities/" + community + "/search?q=case", "/api/v1/practice-work/" + work,
				"/api/v1/artifacts/" + artifact, "/api/v1/glossary-terms/" + term);
		for (String path : paths) {
			assertThat(member.get(path).status()).as("a member reads %s", path).isEqualTo(200);
			assertThat(nonMember.get(path).status()).as("a non-member on %s", path).isEqualTo(403);
			assertThat(sponsor.get(path).status()).as("the sponsor on %s", path).isEqualTo(403);
			assertThat(stranger.get(path).status()).as("a stranger on %s", path).isEqualTo(401);
		}
		assertThat(nonMember.put("/api/v1/practice-work/" + work + "/participation", "").status()).isEqualTo(403);
		assertThat(nonMember.delete("/api/v1/artifacts/" + artifact).status()).isEqualTo(403);
		assertThat(nonMember.post("/api/v1/communities/" + community + "/glossary",
				Api.json(Map.of("term", "Mine", "meaning", "m"))).status()).isEqualTo(403);
	}

	@Test
	void anArtifactBodyWithScriptsHandlersAndJavascriptLinksRendersHarmlessOnItsPage() {
		long community = openCommunity();
		long artifact = add(member, community, Map.of("kind", "DOCUMENT", "title", "Harmless", "body",
				"<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click me](javascript:alert(2))\n\n"
						+ "<a href=\"javascript:alert(3)\">raw</a> and **bold**"));
		WebSession reader = WebSession.signedIn(port, OTHER_MEMBER);
		WebSession.Page page = reader.get("/artifacts/" + artifact);
		assertThat(page.status()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("<strong>bold</strong>").contains("click me");
		assertThat(html).doesNotContain("<script>alert").doesNotContainPattern("<[^>]*\\son\\w+\\s*=")
				.doesNotContainPattern("(?i)href\\s*=\\s*\"\\s*javascript:");
	}

	@Test
	void theDemoCommunitiesComeWithPracticeWorkARepertoireAndAGlossary() {
		// a demo community by name: other tests convene communities of their own as
		// this convener
		CommunityView demo = communities.mine(CommunityFixtures.as(people, "convener@example.org")).stream()
				.filter(c -> c.name().equals("Family voice in IEP meetings")).findFirst().orElseThrow();
		Api demoConvener = Api.as(port, "convener@example.org");
		String base = "/api/v1/communities/" + demo.community().getId();
		assertThat(demoConvener.get(base + "/artifacts").json().get("page").get("totalElements").asInt()).isPositive();
		assertThat(demoConvener.get(base + "/glossary").json().get("page").get("totalElements").asInt()).isPositive();
		assertThat(demoConvener.get(base + "/practice-work").json().get("page").get("totalElements").asInt())
				.isPositive();
	}

	private long add(Api api, long community, Map<String, Object> artifact) {
		Response created = api.post("/api/v1/communities/" + community + "/artifacts", Api.json(artifact));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fieldOf(response)).as(response.toString()).isEqualTo(field);
	}

	private static String fieldOf(Response response) {
		return response.json().get("errors").get(0).get("field").asString();
	}
}
