package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.people.People;
import org.constellation.support.Browser;
import org.constellation.support.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member reads their notifications and chooses how they hear of things; a
 * person stops a kind of mail from the link in it, without signing in. Every
 * page is checked with axe-core; screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserIT {

	private static final String MEMBER = "member46@example.org";

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	People people;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@BeforeEach
	void startSignedOut() {
		browser.signOut();
	}

	@Test
	void aMemberReadsTheirNotificationsMarksThemReadAndChoosesADailySummary() {
		long member = people.practitionerIdByEmail(MEMBER).orElseThrow();
		notifications.send(new Notice(member, Topic.MEMBERSHIP, "Welcome to Inclusive Classrooms",
				"Your request to join was accepted.", "/profile"));
		notifications.send(new Notice(member, Topic.REPLY, "Priya replied to your story",
				"And we found the same with our paraprofessionals.", "/profile"));

		browser.signIn(MEMBER);
		browser.visit("/notifications", "notifications");
		assertThat(browser.heading()).isEqualTo("Your notifications");
		WebElement newest = browser.driver().findElement(By.cssSelector(".notice-list > li"));
		assertThat(newest.findElement(By.cssSelector("h2")).getText()).isEqualTo("Priya replied to your story");
		assertThat(newest.findElement(By.cssSelector(".badge-unread")).getText()).isEqualTo("Unread");
		assertThat(browser.text(By.cssSelector(".unread-total"))).endsWith("unread");

		browser.clickButton("Mark all as read");
		browser.checkPage("notifications-read");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]")))
				.isEqualTo("All your notifications are marked as read.");
		assertThat(browser.driver().findElements(By.cssSelector(".badge-unread"))).isEmpty();
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Mark all as read']"))).isEmpty();

		browser.clickLink("Priya replied to your story");
		assertThat(browser.path()).isEqualTo("/profile");

		browser.visit("/account", "account");
		browser.clickLink("Choose what Constellation emails you");
		browser.checkPage("notification-preferences");
		assertThat(browser.heading()).isEqualTo("How you hear of things");
		WebElement replies = fieldset("Replies");
		assertThat(radio(replies, "Right away, by email").isSelected()).isTrue();
		assertThat(radio(fieldset("New conversations"), "In one summary email a day, in your morning").isSelected())
				.isTrue();

		radio(replies, "In one summary email a day, in your morning").click();
		radio(fieldset("Gathering reminders"), "No email: only in your notifications here").click();
		browser.clickButton("Save my choices");

		assertThat(browser.path()).isEqualTo("/account/notifications");
		browser.checkPage("notification-preferences-saved");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]")))
				.isEqualTo("Your choices are saved. They apply to news from now on.");
		assertThat(radio(fieldset("Replies"), "In one summary email a day, in your morning").isSelected()).isTrue();
		assertThat(radio(fieldset("Gathering reminders"), "No email: only in your notifications here").isSelected())
				.isTrue();
		assertThat(radio(fieldset("Mentions"), "Right away, by email").isSelected()).isTrue();
	}

	@Test
	void aPersonStopsOneKindOfMailFromTheLinkInItWithoutSigningIn() {
		String email = "member51@example.org";
		long member = people.practitionerIdByEmail(email).orElseThrow();
		notifications.send(new Notice(member, Topic.JOIN_REQUEST, "Marcus asks to join Family Voices",
				"Why I'm here: my son starts middle school.", "/profile"));
		String body = Mailbox.to(email).stream().findFirst().orElseThrow().body();
		Matcher link = Pattern.compile("/notifications/unsubscribe/[A-Za-z0-9_-]+").matcher(body);
		assertThat(link.find()).isTrue();

		browser.visit(link.group(), "notifications-unsubscribe");
		assertThat(browser.heading()).isEqualTo("Stop emails");
		assertThat(browser.pageText())
				.contains("This link stops the emails about requests to join the communities you convene.");
		browser.clickButton("Stop these emails");
		browser.checkPage("unsubscribed");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]")))
				.isEqualTo("Done: you will no longer get emails about requests to join the communities you convene.");
	}

	/** A radio group, found by its legend as a screen reader announces it. */
	private WebElement fieldset(String legend) {
		return browser.driver()
				.findElement(By.xpath("//fieldset[legend[normalize-space()=" + Browser.xpathLiteral(legend) + "]]"));
	}

	private static WebElement radio(WebElement fieldset, String label) {
		WebElement labelElement = fieldset
				.findElement(By.xpath(".//label[normalize-space()=" + Browser.xpathLiteral(label) + "]"));
		return fieldset.findElement(By.id(labelElement.getDomAttribute("for")));
	}
}
