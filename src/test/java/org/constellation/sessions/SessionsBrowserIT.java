package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.constellation.people.AccountPrincipal;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Partners set their cadence, run a session with a routine through the runner,
 * check in, take a note, make a commitment and reflect, then read their
 * presence and write a routine of their own, in headless Chromium. Every page
 * passes axe-core (WCAG 2.2 A and AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	/** Opens a folded part of the session room by its summary. */
	private void open(String summary) {
		var part = browser.driver().findElement(By.xpath("//summary[normalize-space()='" + summary + "']/.."));
		if (part.getDomAttribute("open") == null) {
			part.findElement(By.tagName("summary")).click();
		}
	}

	@Test
	void partnersRunASessionWithARoutineAndKeepWhatTheySaid() {
		var fixtures = SessionFixtures.of(context);
		AccountPrincipal ana = fixtures.person("Europe/Berlin");
		AccountPrincipal ben = fixtures.person("America/Chicago");
		long id = fixtures.active(SessionFixtures.unique("Reading with newcomers"), ana, ben);

		browser.signIn(ana.email());
		browser.visit("/partnerships/" + id + "/sessions", "sessions-empty");
		assertThat(browser.pageText()).contains("Nothing is planned yet");

		browser.clickButton("Save the cadence");
		browser.checkPage("sessions-planned");
		assertThat(browser.pageText()).contains("The cadence is saved").contains("You meet every Tuesday at 16:00");
		assertThat(browser.driver().findElements(By.cssSelector(".cards > li"))).hasSize(SessionPlanner.HORIZON);

		ZonedDateTime soon = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusMinutes(10)
				.truncatedTo(ChronoUnit.MINUTES);
		// the single-session form's fields, not the cadence's of the same names
		browser.setValue(browser.driver().findElement(By.id("oneoff-date")), soon.toLocalDate().toString());
		browser.setValue(browser.driver().findElement(By.id("oneoff-time")), soon.toLocalTime().toString());
		browser.clickButton("Add the session");
		browser.checkPage("session-new");
		assertThat(browser.pageText()).contains("is added").contains("Start the session");

		new Select(browser.fieldLabelled("Routine")).selectByIndex(0);
		browser.clickButton("Start the session");
		browser.checkPage("session-step-1");
		assertThat(browser.heading()).contains("Reading with newcomers");
		assertThat(browser.pageText()).contains("Step 1 of 5: Check-in").contains("Its time box ends about");
		browser.waiting().until(d -> !d.findElement(By.cssSelector(".timer-clock")).getText().isBlank());

		browser.clickButton("Next step: Looking back at commitments");
		browser.checkPage("session-step-2");
		assertThat(browser.pageText()).contains("Step 2 of 5");

		// what this step does not need is folded away, one tap from here
		open("Check-in");
		browser.choose("Yes, I am here");
		browser.fieldLabelled("How I arrive").sendKeys("Curious, a little tired");
		browser.clickButton("Save my check-in");
		assertThat(browser.pageText()).contains("Your check-in is saved").contains("Curious, a little tired");

		browser.fieldLabelled("Add a note").sendKeys("Ben told of a *first day* that went sideways");
		browser.clickButton("Add the note");
		assertThat(browser.driver().findElement(By.cssSelector(".note em")).getText()).isEqualTo("first day");

		open("Commitments");
		browser.clickButton("Add my commitment");
		assertThat(browser.pageText()).contains("Say what you will try before next time");
		browser.checkPage("session-commitment-error");
		browser.fieldLabelled("I will try").sendKeys("Read aloud with one newcomer");
		browser.clickButton("Add my commitment");
		assertThat(browser.pageText()).contains("Read aloud with one newcomer");

		open("Your reflection");
		browser.fieldLabelled("My reflection").sendKeys("I listen better when I take notes.");
		browser.clickButton("Save my reflection");
		assertThat(browser.pageText()).contains("for you alone").contains("Only you can read this reflection");

		// at step 2 of 5, ending asks first
		browser.clickLink("End the session before its last step\u2026");
		assertThat(browser.heading()).isEqualTo("End the session now?");
		browser.clickButton("Yes, end the session now");
		browser.checkPage("session-held");
		assertThat(browser.pageText()).contains("This session was held");

		browser.visit("/partnerships/" + id + "/presence", "presence");
		assertThat(browser.pageText()).contains("Attending").contains("Curious, a little tired");

		browser.visit("/partnerships/" + id + "/sessions", "sessions-rhythm");
		assertThat(browser.pageText()).contains("Held: 1 of the one session whose time has come.");

		browser.visit("/partnerships/" + id + "/routines", "routines");
		assertThat(browser.pageText()).contains("Triad consulting").contains("Consultancy protocol")
				.contains("Appreciative interviews");
		browser.clickLink("Write a routine");
		browser.checkPage("routine-form");
		browser.fieldLabelled("Name").sendKeys("Our walk and talk");
		browser.driver().findElement(By.id("steps-0.title")).sendKeys("Walk");
		browser.driver().findElement(By.id("steps-0.minutes")).sendKeys("20");
		browser.driver().findElement(By.id("steps-1.title")).sendKeys("Talk");
		browser.clickButton("Save the routine");
		assertThat(browser.pageText()).contains("Give step 2 a time box");
		browser.checkPage("routine-form-error");
		browser.driver().findElement(By.id("steps-1.minutes")).sendKeys("15");
		browser.clickButton("Save the routine");
		browser.checkPage("routine");
		assertThat(browser.pageText()).contains("Our walk and talk").contains("2 steps, about 35 minutes");

		// someone who is not a partner finds nothing there
		browser.signIn("steward@example.org");
		browser.driver().get(browser.url("/partnerships/" + id + "/sessions"));
		assertThat(browser.pageText()).doesNotContain("Reading with newcomers");
	}
}
