package org.constellation.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.SearchHit;
import org.constellation.communities.Visibility;
import org.constellation.people.People;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Conversations through the API as members, the asker, followers, outsiders, a
 * sponsor and a stranger meet them.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversationsApiIT {

	static final String CONVENER = "member21@example.org";
	static final String ASKER = "member22@example.org";
	static final String BUILDER = "member23@example.org";
	static final String FOLLOWER = "member24@example.org";
	static final String OUTSIDER = "member25@example.org";

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	@Autowired
	ConversationSearch search;

	@Autowired
	ConversationActivity activity;

	Api asker;
	Api builder;

	@BeforeEach
	void signIn() {
		asker = Api.as(port, ASKER);
		builder = Api.as(port, BUILDER);
	}

	@Test
	void membersStartThreadsOfEveryKindListedByLatestActivityAndFilteredByKind() {
		long community = openCommunity();
		for (String kind : List.of("QUESTION", "CHALLENGE", "STORY", "CASE_REVIEW", "IDEA")) {
			assertThat(startThread(asker, community, kind, "A " + kind.toLowerCase() + " to share",
					"What I **bring** today").status()).isEqualTo(201);
		}
		JsonNode all = asker.get("/api/v1/communities/" + community + "/threads").json();
		assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(5);
		assertThat(all.get("content").get(0).get("kind").asString()).isEqualTo("IDEA");

		long question = all.get("content").get(4).get("id").asLong();
		assertThat(reply(builder, question, "BUILDS_ON", "And one more thought").status()).isEqualTo(201);
		JsonNode reordered = asker.get("/api/v1/communities/" + community + "/threads").json();
		assertThat(reordered.get("content").get(0).get("id").asLong()).isEqualTo(question);
		assertThat(reordered.get("content").get(0).get("replyCount").asInt()).isEqualTo(1);

		JsonNode stories = asker.get("/api/v1/communities/" + community + "/threads?kind=STORY").json();
		assertThat(stories.get("content").valueStream().map(t -> t.get("kind").asString())).containsExactly("STORY");

		JsonNode thread = asker.get("/api/v1/threads/" + question).json();
		assertThat(thread.get("bodyHtml").asString()).isEqualTo("<p>What I <strong>bring</strong> today</p>\n");
		assertThat(thread.get("readers").get("everyoneSignedIn").asBoolean()).isTrue();
		assertThat(thread.get("following").asBoolean()).as("the asker follows their own thread").isTrue();
	}

	@Test
	void aReplyOpeningWithButIsPostedWithASuggestionToBuildOnIt() {
		long thread = threadIn(openCommunity());
		for (String but : List.of("But that never works here", "  but, what about the parents?", "...BUT no.")) {
			Api.Response posted = reply(builder, thread, "REFLECTION", but);
			assertThat(posted.status()).isEqualTo(201);
			assertThat(posted.json().get("suggestion").asString())
					.startsWith("Try building on it: \u2018and\u2026\u2019");
		}
		for (String and : List.of("And\u2026 we tried it too", "Yes, but only once", "Butterflies in the room")) {
			Api.Response posted = reply(builder, thread, "BUILDS_ON", and);
			assertThat(posted.status()).isEqualTo(201);
			assertThat(posted.json().get("suggestion").isNull()).as(and).isTrue();
		}
		JsonNode replies = asker.get("/api/v1/threads/" + thread + "/replies").json();
		assertThat(replies.get("page").get("totalElements").asLong()).isEqualTo(6);
		assertThat(replies.get("content").get(0).get("body").asString()).isEqualTo("But that never works here");
	}

	@Test
	void onlyTheAskerMarksAndUnmarksTheRepliesThatHelped() {
		long thread = threadIn(openCommunity());
		long reply = reply(builder, thread, "RESOURCE", "This guide helped us").json().get("reply").get("id").asLong();

		assertThat(builder.put("/api/v1/replies/" + reply + "/helped", "").status()).isEqualTo(403);
		assertThat(Api.as(port, CONVENER).put("/api/v1/replies/" + reply + "/helped", "").status()).isEqualTo(403);

		Api.Response marked = asker.put("/api/v1/replies/" + reply + "/helped", "");
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("helped").asBoolean()).isTrue();
		assertThat(asker.put("/api/v1/replies/" + reply + "/helped", "").json().get("helped").asBoolean()).isTrue();
		assertThat(builder.get("/api/v1/threads/" + thread + "/replies").json().get("content").get(0).get("helped")
				.asBoolean()).isTrue();

		assertThat(builder.delete("/api/v1/replies/" + reply + "/helped").status()).isEqualTo(403);
		assertThat(asker.delete("/api/v1/replies/" + reply + "/helped").json().get("helped").asBoolean()).isFalse();

		// the asker's own reply did not help the asker: refused, naming the field, and
		// nothing marked
		long own = reply(asker, thread, "CLARIFYING_QUESTION", "To be clearer: which guide?").json().get("reply")
				.get("id").asLong();
		Api.Response refused = asker.put("/api/v1/replies/" + own + "/helped", "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("helped");
		assertThat(asker.get("/api/v1/threads/" + thread + "/replies").json().get("content").findValues("helped"))
				.allMatch(helped -> !helped.asBoolean());
	}

	@Test
	void followingTwiceChangesNothingAndAReplyReachesFollowersButNotItsAuthor() {
		long community = openCommunity();
		Api follower = Api.as(port, FOLLOWER);
		assertThat(follower.put("/api/v1/communities/" + community + "/follow", "").json().get("following").asBoolean())
				.isTrue();
		assertThat(follower.put("/api/v1/communities/" + community + "/follow", "").status()).isEqualTo(200);
		String title = "Keeping the thread " + UUID.randomUUID();
		long thread = startThread(asker, community, "QUESTION", title, "How do you do it?").json().get("id").asLong();
		// news of a community comes in the daily digest unless one chooses otherwise;
		// it is in the inbox at once
		assertThat(follower.get("/api/v1/me/notifications").json().get("content").valueStream()
				.filter(n -> n.get("subject").asString().contains(title)).map(n -> n.get("topic").asString()))
				.containsExactly("NEW_THREAD");

		assertThat(follower.put("/api/v1/threads/" + thread + "/follow", "").status()).isEqualTo(200);
		assertThat(follower.put("/api/v1/threads/" + thread + "/follow", "").json().get("following").asBoolean())
				.isTrue();
		reply(builder, thread, "BUILDS_ON", "And here is what we do");
		assertThat(mailsTo(FOLLOWER, title)).as("a mail for the reply").hasSize(1);
		assertThat(mailsTo(ASKER, title)).as("the asker follows their own thread").hasSize(1);
		assertThat(mailsTo(BUILDER, title)).as("nobody hears of their own reply").isEmpty();

		assertThat(follower.delete("/api/v1/threads/" + thread + "/follow").json().get("following").asBoolean())
				.isFalse();
		assertThat(follower.delete("/api/v1/threads/" + thread + "/follow").status()).isEqualTo(200);
		reply(builder, thread, "REFLECTION", "And another thought");
		assertThat(mailsTo(FOLLOWER, title)).hasSize(1);
	}

	@Test
	void aMentionOfAMemberMailsThemAndLinksToTheirProfile() {
		long community = openCommunity();
		long mentionedId = people.practitionerIdByEmail(FOLLOWER).orElseThrow();
		String name = people.displayNames(List.of(mentionedId)).get(mentionedId);
		String title = "Who has tried this " + UUID.randomUUID();
		long thread = startThread(asker, community, "QUESTION", title, "Has anyone tried it?").json().get("id")
				.asLong();

		JsonNode posted = reply(builder, thread, "CLARIFYING_QUESTION",
				"@" + name.toUpperCase() + " did you not try this last spring?").json().get("reply");
		assertThat(posted.get("bodyHtml").asString()).containsPattern(
				"<a href=\"/practitioners/" + mentionedId + "\"[^>]*>(@|&#64;)" + name.toUpperCase() + "</a>");
		List<Mailbox.Message> mails = mailsTo(FOLLOWER, title);
		assertThat(mails).hasSize(1);
		assertThat(mails.getFirst().subject()).contains("mentioned you");
		assertThat(mails.getFirst().body()).contains("/threads/" + thread);
	}

	@Test
	void aMembersOnlyCommunityIsClosedToNonMembersSponsorsAndStrangers() {
		long community = ConversationFixtures.community(communities, memberships, people, Visibility.MEMBERS, CONVENER,
				ASKER, BUILDER);
		long thread = threadIn(community);
		JsonNode read = builder.get("/api/v1/threads/" + thread).json();
		assertThat(read.get("readers").get("everyoneSignedIn").asBoolean()).isFalse();
		assertThat(read.get("readers").get("memberCount").asInt()).isEqualTo(3);

		List<String> paths = List.of("/api/v1/communities/" + community + "/threads", "/api/v1/threads/" + thread,
				"/api/v1/threads/" + thread + "/replies");
		Api outsider = Api.as(port, OUTSIDER);
		Api sponsor = Api.as(port, "sponsor@example.org");
		Api stranger = Api.anonymous(port);
		for (String path : paths) {
			assertThat(builder.get(path).status()).as(path).isEqualTo(200);
			assertThat(outsider.get(path).status()).as(path).isEqualTo(403);
			assertThat(sponsor.get(path).status()).as(path).isEqualTo(403);
			Api.Response anonymous = stranger.get(path);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.contentType()).startsWith("application/problem+json");
		}
		assertThat(reply(outsider, thread, "BUILDS_ON", "And me").status()).isEqualTo(403);
		assertThat(startThread(outsider, community, "IDEA", "An idea", "Let us").status()).isEqualTo(403);
		assertThat(outsider.put("/api/v1/threads/" + thread + "/follow", "").status()).isEqualTo(403);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		long community = openCommunity();
		Api.Response noTitle = startThread(asker, community, "QUESTION", " ", "A body");
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.contentType()).startsWith("application/problem+json");
		assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

		Api.Response noKind = asker.post("/api/v1/communities/" + community + "/threads",
				Api.json(Map.of("title", "A title", "body", "A body")));
		assertThat(noKind.status()).isEqualTo(400);
		assertThat(noKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

		long thread = threadIn(community);
		Api.Response emptyReply = reply(builder, thread, "BUILDS_ON", "");
		assertThat(emptyReply.status()).isEqualTo(400);
		assertThat(emptyReply.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(asker.get("/api/v1/threads/" + thread + "/replies").json().get("page").get("totalElements").asLong())
				.as("nothing half-written").isZero();
	}

	@Test
	void aStaleEditIsAConflictAndOnlyTheAuthorEdits() {
		long thread = threadIn(openCommunity());
		long version = asker.get("/api/v1/threads/" + thread).json().get("version").asLong();
		Map<String, Object> edit = Map.of("kind", "STORY", "title", "What happened on Tuesday", "body",
				"It went better than I feared", "version", version);

		assertThat(builder.put("/api/v1/threads/" + thread, Api.json(edit)).status()).isEqualTo(403);
		Api.Response saved = asker.put("/api/v1/threads/" + thread, Api.json(edit));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("kind").asString()).isEqualTo("STORY");
		Api.Response stale = asker.put("/api/v1/threads/" + thread, Api.json(edit));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");

		long reply = reply(builder, thread, "BUILDS_ON", "And on Wednesday?").json().get("reply").get("id").asLong();
		Map<String, Object> replyEdit = Map.of("kind", "CLARIFYING_QUESTION", "body", "What about Wednesday?",
				"version", 0);
		assertThat(asker.put("/api/v1/replies/" + reply, Api.json(replyEdit)).status()).isEqualTo(403);
		assertThat(builder.put("/api/v1/replies/" + reply, Api.json(replyEdit)).status()).isEqualTo(200);
		assertThat(builder.put("/api/v1/replies/" + reply, Api.json(replyEdit)).status()).isEqualTo(409);
		assertThat(asker.get("/api/v1/threads/" + thread).json().get("title").asString())
				.as("a reply does not make the thread's own edit stale").isEqualTo("What happened on Tuesday");
	}

	@Test
	void aCommunitySearchFindsThreadsAndRepliesByTheirWordsAndActivityCountsThem() {
		long community = openCommunity();
		long thread = startThread(asker, community, "STORY", "Morning circles with families",
				"We opened each week with a circle.").json().get("id").asLong();
		reply(builder, thread, "RESOURCE", "And a guide to restorative circles for teachers");

		List<SearchHit> hits = search.search(community, "circles", 10);
		assertThat(hits).extracting(SearchHit::kind).containsExactlyInAnyOrder("thread", "reply");
		assertThat(hits).extracting(SearchHit::link).containsOnly("/threads/" + thread);
		assertThat(hits).extracting(SearchHit::title).containsOnly("Morning circles with families");
		assertThat(search.search(community, "spreadsheet", 10)).isEmpty();

		long builderId = people.practitionerIdByEmail(BUILDER).orElseThrow();
		long askerId = people.practitionerIdByEmail(ASKER).orElseThrow();
		Instant anHourAgo = Instant.now().minusSeconds(3600);
		assertThat(activity.contributions(community, askerId, anHourAgo)).isEqualTo(1);
		assertThat(activity.contributions(community, builderId, anHourAgo)).isEqualTo(1);
		assertThat(activity.contributions(community, builderId, Instant.now().plusSeconds(60))).isZero();
	}

	// Helpers

	private long openCommunity() {
		return ConversationFixtures.community(communities, memberships, people, Visibility.PUBLIC, CONVENER, ASKER,
				BUILDER, FOLLOWER);
	}

	private long threadIn(long community) {
		Api.Response started = startThread(asker, community, "QUESTION", "How do you begin?", "I wonder.");
		assertThat(started.status()).isEqualTo(201);
		return started.json().get("id").asLong();
	}

	private static Api.Response startThread(Api api, long community, String kind, String title, String body) {
		return api.post("/api/v1/communities/" + community + "/threads",
				Api.json(Map.of("kind", kind, "title", title, "body", body)));
	}

	private static Api.Response reply(Api api, long thread, String kind, String body) {
		return api.post("/api/v1/threads/" + thread + "/replies", Api.json(Map.of("kind", kind, "body", body)));
	}

	private List<Mailbox.Message> mailsTo(String email, String about) {
		return Mailbox.to(email).stream().filter(m -> m.subject().contains(about)).toList();
	}
}
