package org.constellation.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A practitioner keeps their journey in headless Chromium: an entry, a
 * bewilderment with a revisit, a stage reflection and a milestone, then sees
 * the chart and its table; a steward keeps the stages and cannot read any of
 * it. Every page passes axe-core. Uses member56 and member57.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysBrowserIT {

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

	@Test
	void aPractitionerKeepsTheirJourneyAndSeesItOverTime() {
		browser.signIn("member56@example.org");
		browser.useMenu("Your journey");
		browser.checkPage("journey-start");
		assertThat(browser.heading()).isEqualTo("Your journey");

		// an entry: a missing title keeps what was typed
		browser.clickLink("Write in your journal");
		browser.checkPage("journal-form");
		browser.fieldLabelled("What you want to keep").sendKeys("Asking before explaining *works*.");
		browser.clickButton("Keep this entry");
		browser.checkPage("journal-form-error");
		assertThat(browser.text(By.id("error-summary"))).contains("Give the entry a title");
		assertThat(browser.fieldLabelled("What you want to keep").getDomProperty("value"))
				.isEqualTo("Asking before explaining *works*.");
		browser.fieldLabelled("Title").sendKeys("What the case review taught me");
		browser.clickButton("Keep this entry");
		browser.checkPage("journal-entry");
		assertThat(browser.heading()).isEqualTo("What the case review taught me");
		assertThat(browser.pageText()).contains("Only you can read this entry.");
		assertThat(browser.driver().findElement(By.cssSelector(".markdown em")).getText()).isEqualTo("works");
		String entryPath = browser.path();

		// a bewilderment, and coming back to it
		browser.visit("/journey/bewilderments", "bewilderments");
		browser.fieldLabelled("What bewilders you?").sendKeys("Why does agreeing change nothing?");
		browser.clickButton("Keep this bewilderment");
		browser.checkPage("bewilderment");
		browser.fieldLabelled("Where are you with it now?").sendKeys("Maybe we agree too early.");
		browser.clickButton("Keep this note");
		browser.checkPage("bewilderment-revisited");
		assertThat(browser.pageText()).contains("Maybe we agree too early.");
		browser.clickButton("Settle it for now");
		browser.checkPage("bewilderment-settled");
		assertThat(browser.pageText()).contains("Settled for now");

		// where I see myself, and a milestone
		browser.visit("/journey", "journey-with-insights");
		assertThat(browser.texts(By.cssSelector(".grid-2 .card h2"))).containsExactly("Recent insights",
				"What bewilders you");
		assertThat(browser.pageText()).contains("What the case review taught me", "Why does agreeing change nothing?");
		browser.clickLink("Record where you see yourself");
		browser.checkPage("reflection-form");
		browser.choose("Socializing → Self-authoring");
		browser.setValue(browser.fieldLabelled("Date"), LocalDate.now().minusDays(1).toString());
		browser.fieldLabelled("Your reflection").sendKeys("I disagreed with my partner, and said so.");
		browser.clickButton("Keep this reflection");
		browser.checkPage("journey-reflected");
		browser.clickLink("Mark a milestone");
		browser.checkPage("milestone-form");
		browser.fieldLabelled("Milestone").sendKeys("Said I don't know in a staff meeting");
		browser.setValue(browser.fieldLabelled("Date"), LocalDate.now().plusYears(1).toString());
		browser.clickButton("Mark this milestone");
		browser.checkPage("milestone-form-error");
		assertThat(browser.text(By.id("error-summary"))).contains("Choose today or a day before");
		browser.setValue(browser.fieldLabelled("Date"), LocalDate.now().minusDays(3).toString());
		browser.clickButton("Mark this milestone");
		browser.checkPage("journey-timeline");

		var chart = browser.driver().findElement(By.cssSelector("figure.timeline svg"));
		assertThat(chart.getDomAttribute("role")).isEqualTo("img");
		assertThat(browser.driver().findElements(By.cssSelector("svg circle.journey-point"))).hasSize(1);
		assertThat(browser.driver().findElements(By.cssSelector("svg path.milestone-mark"))).hasSize(1);
		assertThat(browser.driver().findElement(By.id("timeline-desc")).getDomProperty("textContent"))
				.contains("one stage reflection", "one milestone", "Socializing → Self-authoring");
		assertThat(browser.texts(By.cssSelector("table tbody tr"))).anyMatch(
				row -> row.contains("Socializing → Self-authoring") && row.contains("I disagreed with my partner"))
				.anyMatch(row -> row.contains("Said I don't know in a staff meeting"));

		// nobody else reads it, a steward neither
		browser.signIn("steward@example.org");
		browser.visit(entryPath, "journal-entry-as-steward");
		assertThat(browser.pageText()).doesNotContain("What the case review taught me");
		browser.visit("/journey", "journey-of-steward");
		assertThat(browser.pageText()).doesNotContain("What the case review taught me", "Why does agreeing");
	}

	@Test
	void aStewardKeepsTheStages() {
		browser.signIn("steward@example.org");
		browser.visit("/steward/journey-stages", "stages");
		assertThat(browser.texts(By.cssSelector("tbody th"))).anyMatch(s -> s.startsWith("Self-authoring"));
		String name = "Browser stage " + System.nanoTime();
		browser.fieldLabelled("Name").sendKeys(name);
		browser.fieldLabelled("Description").sendKeys("Added by a steward.");
		browser.clickButton("Add the stage");
		browser.checkPage("stages-added");
		assertThat(browser.pageText()).contains("The stage \"" + name + "\" is added at the end.");
		browser.follow(inRow(name, ".//button[normalize-space()='Move up']"));
		browser.checkPage("stages-moved");
		assertThat(browser.texts(By.cssSelector("tbody th")).getLast()).doesNotContain(name);
		browser.follow(inRow(name, ".//a[normalize-space()='Change']"));
		browser.checkPage("stage-form");
		browser.fieldLabelled("Name").clear();
		browser.fieldLabelled("Name").sendKeys(name + " renamed");
		browser.clickButton("Save");
		browser.checkPage("stages-renamed");
		assertThat(browser.pageText()).contains(name + " renamed");
		browser.follow(inRow(name + " renamed", ".//button[normalize-space()='Delete']"));
		browser.checkPage("stages-deleted");
		assertThat(browser.pageText()).contains("is deleted").doesNotContain(name + " renamed\n");

		browser.signIn("member57@example.org");
		browser.driver().get(browser.url("/steward/journey-stages"));
		assertThat(browser.pageText()).doesNotContain("Add a stage");
	}

	private org.openqa.selenium.WebElement inRow(String stage, String xpath) {
		return browser.driver()
				.findElement(By.xpath("//tr[th[contains(normalize-space(), " + Browser.xpathLiteral(stage) + ")]]"))
				.findElement(By.xpath(xpath));
	}
}
