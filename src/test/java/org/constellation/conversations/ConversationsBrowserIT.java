package org.constellation.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.People;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Members talking in a community, in a real headless Chromium, with axe-core on
 * every page they see. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationsBrowserIT {

	static final String FIRST = "member51@example.org";
	static final String SECOND = "member52@example.org";

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

	private Browser browser;
	private long community;

	@BeforeAll
	void startBrowser() {
		community = ConversationFixtures.community(communities, memberships, people, Visibility.MEMBERS, FIRST, SECOND);
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void aMemberBringsAChallengeToTheirCommunity() {
		browser.signIn(FIRST);
		browser.visit("/communities/" + community + "/threads", "conversations-list");
		assertThat(browser.pageText()).contains("Only the 2 members of");

		browser.clickLink("Start a conversation");
		browser.checkPage("conversations-new");
		assertThat(browser.heading()).isEqualTo("Start a conversation");
		browser.fieldLabelled("Challenge or dilemma").click();
		browser.fieldLabelled("Title").sendKeys("Two good goals that pull against each other");
		browser.fieldLabelled("What you would like to bring")
				.sendKeys("Inclusion and quiet time for focused work: both are right. How do you hold both?");
		browser.clickButton("Start the conversation");

		browser.checkPage("conversations-challenge");
		assertThat(browser.heading()).isEqualTo("Two good goals that pull against each other");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]")))
				.startsWith("Your conversation is started.");
		assertThat(browser.pageText()).contains("Challenge or dilemma", "Only the 2 members of", "Stop following");

		browser.clickLink("All conversations in " + communityName());
		browser.checkPage("conversations-list-with-challenge");
		assertThat(browser.texts(By.cssSelector(".thread-list h2")))
				.contains("Two good goals that pull against each other");

		browser.visit("/communities/" + community, "conversations-on-community-home");
		WebElement section = browser.driver().findElement(By.cssSelector(".conversations-section"));
		assertThat(section.getText()).contains("Challenge or dilemma", "Two good goals that pull against each other",
				"All conversations", "Start a conversation");
	}

	@Test
	void anotherMemberIsNudgedFromButToAndThenBuildsOnAStory() {
		long story = conversations.start(ConversationFixtures.as(people, FIRST), community,
				new ThreadDraft(ThreadKind.STORY, "The day a student ran her own meeting",
						"Maya made slides and told us what helps her on hard days.", null))
				.id();
		browser.signIn(SECOND);
		browser.visit("/threads/" + story, "conversations-story");
		assertThat(browser.pageText()).contains("Story", "No replies yet.");

		WebElement reply = browser.fieldLabelled("Reply");
		WebElement hint = browser.driver().findElement(By.id("but-hint"));
		WebElement choice = hint.findElement(By.className("but-choice"));
		assertThat(hint.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(choice.isDisplayed()).isFalse();
		reply.sendKeys("But did the teachers agree?");
		browser.waiting().until(d -> choice.isDisplayed());
		assertThat(hint.getText()).startsWith("Try building on it: \u2018and\u2026\u2019").contains("Rephrase",
				"Post it as it is");
		browser.checkPage("conversations-but-hint");

		reply.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		reply.sendKeys("And\u2026 she could teach the rest of us how to listen.");
		browser.waiting().until(d -> !choice.isDisplayed());
		// no kind is chosen for the writer
		assertThat(browser.driver().findElements(By.cssSelector("input[name=kind]:checked"))).isEmpty();
		browser.choose("Builds on it");
		browser.clickButton("Post reply");

		browser.checkPage("conversations-story-built-on");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]"))).startsWith("Your reply is posted.");
		assertThat(browser.texts(By.cssSelector(".replies .markdown")))
				.containsExactly("And\u2026 she could teach the rest of us how to listen.");
		assertThat(browser.texts(By.cssSelector(".replies .reply-meta .thread-kind")))
				.containsExactly("Builds on it (\u201cand\u2026\u201d)");
	}

	private String communityName() {
		return communities.name(community);
	}
}
