package org.constellation.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A convener convenes a community answering the four questions; a practitioner
 * asks to join, is welcomed and says how they take part. axe-core checks every
 * page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityJourneyIT {

	@LocalServerPort
	int port;

	private Browser browser;

	@BeforeAll
	void start() {
		browser = new Browser(port);
	}

	@AfterAll
	void stop() throws IOException {
		browser.close();
	}

	@Test
	void aConvenerAnswersTheFourQuestionsAndAPractitionerAsksToJoinIsWelcomedTakesPartAndDownloadsAnInvite()
			throws Exception {
		browser.signIn("convener@example.org");
		browser.clickLink("Communities");
		browser.checkPage("communities");
		browser.clickLink("Learn more");
		assertThat(browser.pageText()).contains("The charter: four questions");
		browser.checkPage("help");
		browser.visit("/communities", "communities");
		browser.clickLink("Convene a community");
		assertThat(browser.text(By.cssSelector("main .hint"))).isEqualTo("Step 1 of 6");
		browser.checkPage("convene-1-name");

		browser.clickButton("Save and continue");
		assertThat(browser.text(By.id("error-summary"))).contains("Give the community a name");
		browser.checkPage("convene-1-error");

		browser.fieldLabelled("Name").sendKeys("Families and schools in Columbus");
		browser.fieldLabelled("Purpose in a line").sendKeys("Learning together how families and schools decide.");
		browser.clickButton("Save and continue");
		assertThat(browser.heading()).isEqualTo("What shared concerns bring people together?");
		assertThat(browser.text(By.cssSelector("main .hint"))).isEqualTo("Step 2 of 6");
		browser.checkPage("convene-2-concerns");
		browser.choose("Family engagement");
		browser.clickButton("Save and continue");

		assertThat(browser.heading()).isEqualTo("Who should be at the table?");
		browser.checkPage("convene-3-table");
		browser.choose("Families");
		browser.choose("District");
		// places are found by their names and ticked, not picked with Ctrl in a list
		browser.fieldLabelled("Add a place").sendKeys("Ohio");
		browser.clickButton("Add the place");
		browser.fieldLabelled("Add a place").sendKeys("Columbus City Schools");
		browser.clickButton("Save and continue");

		assertThat(browser.heading()).isEqualTo("What will participants do together?");
		browser.checkPage("convene-4-practice");
		browser.choose("Conversations");
		browser.choose("Gatherings");
		browser.fieldLabelled("What members will do together").sendKeys("We meet **monthly** and bring stories.");
		browser.clickButton("Save and continue");

		assertThat(browser.heading()).isEqualTo("Who convenes it, and why can they?");
		browser.checkPage("convene-5-conveners");
		browser.clickLink("Finish later");
		assertThat(browser.pageText()).contains("The charter leaves these questions unanswered")
				.contains("Who convenes it, and why they can").contains("Cross-level").contains("(State, District)");
		browser.checkPage("community-incomplete");
		browser.clickLink("Who convenes it, and why they can");

		browser.fieldLabelled("Why you can convene it")
				.sendKeys("I have run the parent center's IEP workshops in Columbus for six years.");
		browser.clickButton("Save and continue");
		assertThat(browser.heading()).isEqualTo("Who can read, and how people join");
		assertThat(browser.pageText()).contains("All four questions are answered");
		browser.checkPage("convene-6-openness");
		browser.choose("By request");
		browser.clickButton("Finish");

		assertThat(browser.heading()).isEqualTo("Families and schools in Columbus");
		assertThat(browser.pageText()).doesNotContain("unanswered").contains("The charter is saved")
				.contains("six years").contains("monthly");
		browser.checkPage("community-home-convener");
		String community = browser.path();

		browser.clickLink("Start a conversation");
		browser.fieldLabelled("Story").click();
		browser.fieldLabelled("Title").sendKeys("The meeting where a father spoke first");
		browser.fieldLabelled("What you would like to bring")
				.sendKeys("We asked Mr. Ortiz to open the meeting with what his son is proud of. Everything changed.");
		browser.clickButton("Start the conversation");
		assertThat(browser.heading()).isEqualTo("The meeting where a father spoke first");

		browser.visit(community, "community-home-with-story");
		browser.clickLink("Propose a gathering");
		browser.fieldLabelled("Title").sendKeys("First evening together");
		browser.setValue(browser.fieldLabelled("Date"), LocalDate.now().plusDays(10).toString());
		browser.setValue(browser.fieldLabelled("Start time"), "18:30");
		browser.fieldLabelled("Online link").sendKeys("https://meet.example.org/columbus");
		browser.fieldLabelled("Agenda").sendKeys("1. Who we are\n2. One story each");
		browser.clickButton("Propose the gathering");
		assertThat(browser.heading()).isEqualTo("First evening together");
		String gathering = browser.path();

		browser.signIn("member50@example.org");
		browser.visit(community, "community-home-visitor");
		browser.fieldLabelled("Why are you here?").sendKeys("My son starts at a Columbus school next year.");
		browser.clickButton("Ask to join");
		assertThat(browser.pageText()).contains("Your request is sent")
				.contains("Your request to join waits for a convener");
		// asked once: the button goes, withdrawing stays
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Ask to join']"))).isEmpty();
		assertThat(browser.button("Withdraw my request").isDisplayed()).isTrue();
		browser.checkPage("community-requested");

		browser.signIn("convener@example.org");
		browser.visit(community, "community-home-with-request");
		browser.clickLink("Welcoming people (1 asking to join)");
		assertThat(browser.pageText()).contains("My son starts at a Columbus school next year.");
		browser.checkPage("community-requests");
		browser.clickButton("Welcome");
		assertThat(browser.pageText()).contains("Welcomed").contains("Nobody is waiting for an answer");

		browser.signIn("member50@example.org");
		browser.visit(community, "community-home-member");
		assertThat(browser.pageText()).contains("You are a member of this community")
				.contains("we would suggest: Peripheral");
		browser.choose("Occasional");
		browser.clickButton("Save how I take part");
		assertThat(browser.pageText()).contains("Saved how you take part");
		assertThat(browser.driver().findElement(By.id("participation-OCCASIONAL")).isSelected()).isTrue();

		browser.clickLink("See all 2 members");
		assertThat(browser.texts(By.cssSelector(".cards h2"))).contains("Rosa Delgado");
		browser.checkPage("community-members");

		browser.visit(community, "community-home-member-conversations");
		browser.clickLink("Start a conversation");
		browser.fieldLabelled("Challenge or dilemma").click();
		browser.fieldLabelled("Title").sendKeys("Homework that takes all evening");
		browser.fieldLabelled("What you would like to bring").sendKeys(
				"Our son needs three hours for what takes his classmates forty minutes. Who decides what is fair?");
		browser.clickButton("Start the conversation");
		assertThat(browser.heading()).isEqualTo("Homework that takes all evening");
		assertThat(browser.pageText()).contains("Challenge or dilemma");
		browser.checkPage("community-challenge");

		browser.visit(community, "community-home-with-threads");
		browser.clickLink("The meeting where a father spoke first");
		browser.fieldLabelled("Reply")
				.sendKeys("And\u2026 we could ask every family to open that way, in their own language.");
		browser.fieldLabelled("Builds on it (\u201cand\u2026\u201d)").click();
		browser.clickButton("Post reply");
		assertThat(browser.texts(By.cssSelector(".replies .markdown")))
				.containsExactly("And\u2026 we could ask every family to open that way, in their own language.");
		browser.checkPage("community-story-built-on");

		browser.visit(gathering, "community-gathering");
		browser.clickButton("Yes, I will come");
		assertThat(browser.pageText()).contains("you are coming");
		browser.checkPage("community-gathering-answered");
		var invite = browser.download(browser.driver().findElement(By.linkText("Add to my calendar")));
		assertThat(invite.status()).isEqualTo(200);
		assertThat(invite.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(invite.body()));
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
		assertThat(event.getSummary().getValue()).isEqualTo("First evening together");
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);

		browser.signIn("convener@example.org");
		browser.visit(community + "/stage", "community-stage");
		browser.choose("Coalescing");
		browser.fieldLabelled("A note for the history")
				.sendKeys("Two gatherings in, families bring their own stories.");
		browser.clickButton("Save the stage");
		assertThat(browser.pageText()).contains("Stage: Coalescing")
				.contains("Two gatherings in, families bring their own stories.");
		browser.checkPage("community-stage-saved");
	}
}
