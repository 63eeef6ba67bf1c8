package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Three demo practitioners form a partnership in headless Chromium: a proposal,
 * two acceptances, the opening in order with a "not yet" and a revisit, and
 * trust confirmed by all. A convener and a steward find nothing of it. Every
 * page passes axe-core; screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipJourneyIT {

	static final String ANA = "member26@example.org";
	static final String BEN = "member27@example.org";
	static final String CY = "member28@example.org";

	@LocalServerPort
	int port;

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
	void threePeersGoFromAProposalThroughTheOpeningToAnActivePartnershipThatOnlyTheyCanSee() {
		String focus = "Families at the centre " + System.nanoTime();
		browser.signIn(ANA);
		browser.visit("/partnerships", "partnerships-mine");
		browser.clickLink("Propose a partnership");
		browser.checkPage("partnership-propose");
		browser.fieldLabelled("Person 1").sendKeys(BEN);
		browser.fieldLabelled("Person 2").sendKeys(CY);
		browser.clickButton("Send the invitations");
		browser.checkPage("partnership-propose-error");
		assertThat(browser.text(By.id("error-summary"))).contains("Say in a line what the partnership is about");
		assertThat(browser.fieldLabelled("Person 2").getDomProperty("value")).isEqualTo(CY);
		browser.fieldLabelled("What is it about?").sendKeys(focus);
		browser.clickButton("Send the invitations");
		browser.checkPage("partnership-forming");
		assertThat(browser.heading()).contains(focus).contains("Forming");
		assertThat(browser.pageText()).contains("Waiting for 2 invitations");
		long id = Long.parseLong(browser.path().replaceAll("\\D+", ""));

		for (String invitee : List.of(BEN, CY)) {
			browser.signIn(invitee);
			browser.visit("/partnerships", "partnerships-invited");
			browser.clickLink(focus);
			browser.checkPage("partnership-invitation");
			assertThat(browser.pageText()).contains("invites you");
			browser.clickButton("Accept the invitation");
		}
		browser.checkPage("partnership-opening-begins");
		assertThat(browser.heading()).contains("Opening");

		// Cy makes the first move of step 1; Ben cannot jump ahead
		browser.clickLink("Go to the opening");
		browser.checkPage("opening-step-1");
		assertThat(browser.pageText()).contains("Step 1 of 7").contains("Only the 3 partners can read this");
		browser.fieldLabelled("Make the first move").sendKeys("I chair IEP meetings and families go quiet.");
		browser.clickButton("Share with my partners");
		browser.checkPage("opening-first-move");
		assertThat(browser.pageText()).contains("First move").contains("Waiting for");

		Person ana = PartnershipFixtures.person(port, ANA);
		Person ben = PartnershipFixtures.person(port, BEN);
		Person cy = PartnershipFixtures.person(port, CY);
		assertThat(ben.api().post("/api/v1/partnerships/" + id + "/opening/steps/3/answers",
				Api.json(Map.of("body", "Too early", "affirmTenets", true))).status()).isEqualTo(409);

		browser.signIn(ANA);
		browser.visit("/partnerships/" + id + "/opening", "opening-respond");
		browser.fieldLabelled("Your response").sendKeys("Same here: I am the parent in the room.");
		browser.clickButton("Share with my partners");
		ben.api().post("/api/v1/partnerships/" + id + "/opening/steps/1/answers",
				Api.json(Map.of("body", "I see it as a teacher.")));
		for (Person p : List.of(ana, ben, cy)) {
			p.api().post("/api/v1/partnerships/" + id + "/opening/steps/2/answers",
					Api.json(Map.of("body", "Where I stand")));
		}

		// the tenets are affirmed, not assumed
		browser.visit("/partnerships/" + id + "/opening", "opening-tenets");
		browser.fieldLabelled("Your answer").sendKeys("Peers, yes.");
		browser.clickButton("Share with my partners");
		browser.checkPage("opening-tenets-error");
		assertThat(browser.text(By.id("error-summary"))).contains("Affirm the four tenets");
		assertThat(browser.fieldLabelled("Your answer").getDomProperty("value")).isEqualTo("Peers, yes.");
		browser.choose("I affirm the four tenets");
		browser.clickButton("Share with my partners");
		for (int step = 3; step <= 7; step++) {
			for (Person p : step == 3 ? List.of(ben, cy) : List.of(ana, ben, cy)) {
				assertThat(p.api()
						.post("/api/v1/partnerships/" + id + "/opening/steps/" + step + "/answers",
								Api.json(Map.of("body", "Answer to step " + step, "affirmTenets", true)))
						.status()).isEqualTo(201);
			}
		}

		// Ben is not ready and asks to revisit the boundaries; the others see a step to
		// revisit, not who
		browser.signIn(BEN);
		browser.visit("/partnerships/" + id + "/opening", "opening-trust");
		browser.choose("Not yet");
		new org.openqa.selenium.support.ui.Select(browser.fieldLabelled("If not yet: a step I would like to revisit"))
				.selectByValue("5");
		browser.clickButton("Give my answer");
		browser.checkPage("opening-not-yet");
		browser.signIn(ANA);
		browser.visit("/partnerships/" + id + "/opening", "opening-revisit-seen");
		assertThat(browser.pageText()).contains("A partner would like to revisit step 5").doesNotContain("Ben");
		browser.choose("I can be vulnerable here");
		browser.clickButton("Give my answer");
		assertThat(browser.pageText()).contains("Not everyone is ready yet").doesNotContain("of 3");
		cy.api().put("/api/v1/partnerships/" + id + "/opening/trust", Api.json(Map.of("trust", "CONFIRMED")));

		browser.signIn(BEN);
		browser.visit("/partnerships/" + id + "/opening?step=5", "opening-revisit");
		browser.fieldLabelled("Your response").sendKeys("What I need: nothing quoted outside, ever.");
		browser.clickButton("Share with my partners");
		browser.choose("I can be vulnerable here");
		browser.clickButton("Give my answer");
		browser.checkPage("partnership-active");
		assertThat(browser.heading()).contains("Active");
		assertThat(browser.pageText()).contains("Everyone is ready");

		// the first session: a cadence, a session with a routine, presence, a note and
		// a commitment
		browser.clickLink("Go to sessions");
		browser.checkPage("journey-sessions");
		browser.clickButton("Save the cadence");
		java.time.ZonedDateTime soon = java.time.ZonedDateTime.now(java.time.ZoneId.of("America/Chicago"))
				.plusMinutes(5).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		browser.setValue(browser.driver().findElement(By.id("oneoff-date")), soon.toLocalDate().toString());
		browser.setValue(browser.driver().findElement(By.id("oneoff-time")), soon.toLocalTime().toString());
		new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("oneoff-timeZone")))
				.selectByValue("America/Chicago");
		browser.clickButton("Add the session");
		new org.openqa.selenium.support.ui.Select(browser.fieldLabelled("Routine")).selectByIndex(0);
		browser.clickButton("Start the session");
		browser.checkPage("journey-session-running");
		assertThat(browser.pageText()).contains("Step 1 of");
		browser.choose("Yes, I am here");
		browser.fieldLabelled("How I arrive").sendKeys("Lighter than last week");
		browser.clickButton("Save my check-in");
		open("Shared notes");
		browser.fieldLabelled("Add a note").sendKeys("Cy's story of the quiet meeting, and what we built on it");
		browser.clickButton("Add the note");
		open("Commitments");
		browser.fieldLabelled("I will try").sendKeys("Ask the family for the agenda first");
		browser.clickButton("Add my commitment");
		// still at the first step: ending asks first
		browser.clickLink("End the session before its last step\u2026");
		browser.clickButton("Yes, end the session now");
		browser.checkPage("journey-session-held");
		assertThat(browser.pageText()).contains("This session was held");
		// after the session the reflection is open; the commitments are one tap away
		open("Commitments");
		assertThat(browser.pageText()).contains("Ask the family for the agenda first");
		String sessionPath = browser.path();
		browser.visit("/partnerships/" + id + "/presence", "journey-presence");
		assertThat(browser.pageText()).contains("Lighter than last week");

		// nobody outside sees it: not a convener, not a steward
		for (String outsider : List.of("convener@example.org", "steward@example.org")) {
			browser.signIn(outsider);
			for (String page : List.of("", "/opening", "/closing", "/sessions", "/presence",
					sessionPath.substring(("/partnerships/" + id).length()))) {
				browser.visit("/partnerships/" + id + page, "partnership-outsider" + page.replace('/', '-'));
				assertThat(browser.pageText()).doesNotContain(focus).doesNotContain("IEP meetings")
						.doesNotContain("Lighter than last week").doesNotContain("agenda first");
			}
			browser.visit("/partnerships", "partnerships-outsider");
			assertThat(browser.pageText()).doesNotContain(focus);
		}
	}
}
