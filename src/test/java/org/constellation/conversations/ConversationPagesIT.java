package org.constellation.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.People;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conversation pages without a browser: forms that post and redirect,
 * errors next to the fields, and what people write shown harmlessly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversationPagesIT {

	static final String ASKER = "member31@example.org";
	static final String BUILDER = "member32@example.org";

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	@Autowired
	ConversationService conversations;

	long community;

	@BeforeEach
	void aCommunity() {
		community = ConversationFixtures.community(communities, memberships, people, Visibility.MEMBERS, ASKER,
				BUILDER);
	}

	@Test
	void aScriptTagIsShownAsTextNotRun() {
		String page = threadPageWith("Before <script>alert('stolen')</script> after");
		assertThat(page).doesNotContain("<script>alert");
		assertThat(page).contains("&lt;script&gt;alert(&#39;stolen&#39;)&lt;/script&gt;");
	}

	@Test
	void anEventHandlerOnAnImageIsRemoved() {
		String page = threadPageWith("<img src=x onerror=alert(1)>\n\n![a chart](x.png \"t\" onerror=alert(2))");
		assertThat(page).doesNotContainPattern("<[^>]*\\sonerror\\s*=");
		assertThat(page).doesNotContain("<img src=x");
	}

	@Test
	void aJavascriptLinkIsNotALink() {
		String page = threadPageWith("[open me](javascript:alert(1)) and <a href=\"javascript:alert(2)\">me</a>");
		assertThat(page).doesNotContainPattern("href=\"\\s*javascript:");
		assertThat(page).contains("open me");
	}

	@Test
	void startingAThreadRedirectsToItWithAConfirmationAndSaysWhoCanRead() {
		WebSession asker = WebSession.signedIn(port, ASKER);
		String form = asker.get("/communities/" + community + "/threads/new").body();
		assertThat(form).contains("Case review", "including what did not work", "Only the 2 members of ");
		WebSession.Page posted = asker.submit("/communities/" + community + "/threads/new",
				"/communities/" + community + "/threads",
				Map.of("kind", "CASE_REVIEW", "title", "Our reading pilot", "body", "What did not work: the log."));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.location()).matches(".*/threads/\\d+");
		String thread = asker.get(posted.location().replaceFirst("^https?://[^/]+", "")).body();
		assertThat(thread).contains("Your conversation is started.", "Our reading pilot", "Case review",
				"Only the 2 members of ");

		String list = asker.get("/communities/" + community + "/threads?kind=CASE_REVIEW").body();
		assertThat(list).contains("Our reading pilot", "1 conversation");
		assertThat(asker.get("/communities/" + community + "/threads?kind=IDEA").body())
				.contains("No conversations of this kind yet.");
	}

	@Test
	void aReplyOpeningWithButOffersToRephraseBeforeItIsPostedWithoutJavaScript() {
		long thread = conversations.start(ConversationFixtures.as(people, ASKER), community,
				new ThreadDraft(ThreadKind.STORY, "The day it clicked", "A story.", null)).id();
		WebSession builder = WebSession.signedIn(port, BUILDER);
		WebSession.Page asked = builder.submit("/threads/" + thread, "/threads/" + thread + "/replies",
				Map.of("kind", "REFLECTION", "body", "But it would never work with us."));
		// nothing posted yet: the writer is offered to rephrase, with what they typed
		// kept
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Try building on it", "Rephrase", "Post it as it is",
				"But it would never work with us.", "No replies yet.");
		assertThat(conversations.thread(ConversationFixtures.as(people, ASKER), thread).replyCount()).isZero();

		WebSession.Page posted = builder.submit("/threads/" + thread, "/threads/" + thread + "/replies",
				Map.of("kind", "REFLECTION", "body", "But it would never work with us.", "asItIs", "true"));
		assertThat(posted.status()).isEqualTo(302);
		String page = builder.get("/threads/" + thread).body();
		assertThat(page).contains("Your reply is posted.", "Next time, try building on it",
				"But it would never work with us.");
	}

	@Test
	void anEmptyReplyIsExplainedNextToTheFieldAndTheKindChosenIsKept() {
		long thread = conversations.start(ConversationFixtures.as(people, ASKER), community,
				new ThreadDraft(ThreadKind.QUESTION, "Where to begin?", "A question.", null)).id();
		WebSession builder = WebSession.signedIn(port, BUILDER);
		WebSession.Page page = builder.submit("/threads/" + thread, "/threads/" + thread + "/replies",
				Map.of("kind", "RESOURCE", "body", "  "));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Please check the form", "id=\"body-error\"", "Write your reply");
		assertThat(page.body()).containsPattern("id=\"kind-RESOURCE\"[^>]*checked");
	}

	@Test
	void aStaleEditKeepsWhatWasTypedAndSaysWhy() {
		ThreadView started = conversations.start(ConversationFixtures.as(people, ASKER), community,
				new ThreadDraft(ThreadKind.IDEA, "A shared glossary", "Let us write one.", null));
		WebSession asker = WebSession.signedIn(port, ASKER);
		String editPage = "/threads/" + started.id() + "/edit";
		assertThat(asker.get(editPage).body()).contains("A shared glossary");
		conversations.edit(ConversationFixtures.as(people, ASKER), started.id(),
				new ThreadDraft(ThreadKind.IDEA, "A shared glossary", "Changed elsewhere.", started.version()));

		WebSession.Page stale = asker.submit(editPage, editPage, Map.of("kind", "IDEA", "title",
				"A glossary for families", "body", "My new words.", "version", String.valueOf(started.version())));
		assertThat(stale.status()).as("a stale edit answers 409").isEqualTo(409);
		assertThat(stale.body()).contains("changed elsewhere meanwhile", "A glossary for families", "My new words.");
		assertThat(WebSession.signedIn(port, BUILDER).get(editPage).status()).isEqualTo(403);
	}

	private String threadPageWith(String body) {
		long thread = conversations.start(ConversationFixtures.as(people, ASKER), community,
				new ThreadDraft(ThreadKind.STORY, "Careful words", body, null)).id();
		WebSession.Page page = WebSession.signedIn(port, BUILDER).get("/threads/" + thread);
		assertThat(page.status()).isEqualTo(200);
		String html = page.body();
		return html.substring(html.indexOf("<article"), html.indexOf("</article>"));
	}
}
