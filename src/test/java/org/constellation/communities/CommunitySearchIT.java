package org.constellation.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
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
 * Search inside a community, on the page and through the API: full-text on
 * PostgreSQL and LIKE on H2 find the same words, and a members-only community's
 * content never reaches anyone else.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunitySearchIT {

	static final String CONVENER = "member31@example.org";
	static final String MEMBER = "member32@example.org";
	static final String NON_MEMBER = "member33@example.org";

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	Api member;
	Api nonMember;

	@BeforeAll
	void signIn() {
		member = Api.as(port, MEMBER);
		nonMember = Api.as(port, NON_MEMBER);
	}

	/** A word no demo text contains, so that every hit is one of ours. */
	static String uniqueWord() {
		Random random = new Random();
		StringBuilder word = new StringBuilder("quill");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	long fill(long community, String word) {
		assertThat(member
				.post("/api/v1/communities/" + community + "/artifacts", Api.json(Map.of("kind", "TOOL", "title",
						"Morning meeting protocol", "body", "Start with a " + word + " greeting, then share.")))
				.status()).isEqualTo(201);
		assertThat(member.post("/api/v1/communities/" + community + "/glossary", Api.json(
				Map.of("term", "Morning meeting", "meaning", "Fifteen minutes of " + word + " talk before lessons")))
				.status()).isEqualTo(201);
		assertThat(member.post("/api/v1/communities/" + community + "/practice-work", Api.json(Map.of("title",
				"Morning meetings in every grade", "goal", "Bring the " + word + " routine to grades one to five.")))
				.status()).isEqualTo(201);
		return community;
	}

	@Test
	void findsAnArtifactAGlossaryTermAndPracticeWorkByAWordOfTheirText() {
		String word = uniqueWord();
		long community = fill(CommunityFixtures.community(communities, memberships, people, false, CONVENER, MEMBER),
				word);

		JsonNode results = member.get("/api/v1/communities/" + community + "/search?q=" + word).json();
		assertThat(results.get("searched").asBoolean()).isTrue();
		assertThat(results.get("total").asInt()).isEqualTo(3);
		JsonNode byKind = results.get("byKind");
		assertThat(byKind.get("artifact").get(0).get("title").asString()).isEqualTo("Morning meeting protocol");
		assertThat(byKind.get("glossary term").get(0).get("title").asString()).isEqualTo("Morning meeting");
		assertThat(byKind.get("practice work").get(0).get("title").asString())
				.isEqualTo("Morning meetings in every grade");
		assertThat(byKind.get("artifact").get(0).get("excerpt").asString()).contains(word);

		WebSession.Page page = WebSession.signedIn(port, NON_MEMBER)
				.get("/communities/" + community + "/search?q=" + word);
		assertThat(page.status()).as("a public community is searched by every signed-in person").isEqualTo(200);
		assertThat(page.body()).contains("Morning meeting protocol", "Morning meetings in every grade", "Artifact (1)",
				"Glossary term (1)", "Practice work (1)");
	}

	@Test
	void findsThreadsAndRepliesAndWhatWasEditedByItsNewWordsOnly() {
		String word = uniqueWord();
		String later = uniqueWord();
		long community = CommunityFixtures.community(communities, memberships, people, false, CONVENER, MEMBER);
		Response thread = member.post("/api/v1/communities/" + community + "/threads",
				Api.json(Map.of("kind", "QUESTION", "title", "Seating plans", "body", "Who tried a " + word + "?")));
		assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
		long threadId = thread.json().get("id").asLong();
		assertThat(member.post("/api/v1/threads/" + threadId + "/replies",
				Api.json(Map.of("kind", "BUILDS_ON", "body", "We did: the " + word + " worked."))).status())
				.isEqualTo(201);
		JsonNode found = member.get("/api/v1/communities/" + community + "/search?q=" + word).json().get("byKind");
		assertThat(found.get("thread").get(0).get("title").asString()).isEqualTo("Seating plans");
		assertThat(found.get("reply").get(0).get("title").asString()).as("a reply shows under its thread's title")
				.isEqualTo("Seating plans");

		Response artifact = member.post("/api/v1/communities/" + community + "/artifacts",
				Api.json(Map.of("kind", "TOOL", "title", "Seating chart", "body", "A " + word + " for the room.")));
		long artifactId = artifact.json().get("id").asLong();
		assertThat(member
				.put("/api/v1/artifacts/" + artifactId,
						Api.json(Map.of("kind", "TOOL", "title", "Seating chart", "body",
								"A " + later + " for the room.", "version", artifact.json().get("version").asLong())))
				.status()).isEqualTo(200);
		JsonNode byNewWord = member.get("/api/v1/communities/" + community + "/search?q=" + later).json();
		assertThat(byNewWord.get("byKind").get("artifact").get(0).get("title").asString()).isEqualTo("Seating chart");
		assertThat(member.get("/api/v1/communities/" + community + "/search?q=" + word).json().get("byKind")
				.has("artifact")).as("the words it no longer has do not find it").isFalse();
	}

	@Test
	void anotherCommunitysContentIsNotFound() {
		String word = uniqueWord();
		fill(CommunityFixtures.community(communities, memberships, people, false, CONVENER, MEMBER), word);
		long elsewhere = CommunityFixtures.community(communities, memberships, people, false, CONVENER, MEMBER);
		assertThat(member.get("/api/v1/communities/" + elsewhere + "/search?q=" + word).json().get("total").asInt())
				.isZero();
	}

	@Test
	void anEmptySearchGivesAFriendlyPromptAndAnOverlongOneIsRefusedNamingQ() {
		long community = CommunityFixtures.community(communities, memberships, people, false, CONVENER, MEMBER);
		WebSession session = WebSession.signedIn(port, MEMBER);
		WebSession.Page empty = session.get("/communities/" + community + "/search?q=");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Type a word or two");
		assertThat(member.get("/api/v1/communities/" + community + "/search?q=").json().get("searched").asBoolean())
				.isFalse();

		String overlong = "a".repeat(201);
		Response refused = member.get("/api/v1/communities/" + community + "/search?q=" + overlong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
		WebSession.Page refusedPage = session.get("/communities/" + community + "/search?q=" + overlong);
		assertThat(refusedPage.status()).isEqualTo(400);
		assertThat(refusedPage.body()).contains("Search for at most 200 characters");
	}

	@Test
	void aMembersOnlyCommunitysContentNeverAppearsToANonMember() {
		String word = uniqueWord();
		long community = fill(CommunityFixtures.community(communities, memberships, people, true, CONVENER, MEMBER),
				word);
		assertThat(member.get("/api/v1/communities/" + community + "/search?q=" + word).json().get("total").asInt())
				.isEqualTo(3);

		Response refused = nonMember.get("/api/v1/communities/" + community + "/search?q=" + word);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("Morning");
		WebSession.Page page = WebSession.signedIn(port, NON_MEMBER)
				.get("/communities/" + community + "/search?q=" + word);
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).doesNotContain("Morning meeting");
	}
}
