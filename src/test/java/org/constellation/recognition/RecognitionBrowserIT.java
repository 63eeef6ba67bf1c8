package org.constellation.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo sponsor endorses the demo convener, and the demo convener writes a
 * value story in one of her communities and opens the report, in a real
 * headless Chromium; every page on the way is checked with axe-core (WCAG 2.2 A
 * and AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionBrowserIT {

	private static final String SPONSOR = "sponsor@example.org";
	private static final String CONVENER = "convener@example.org";
	private static final String COMMUNITY = "Family voice in IEP meetings";

	@LocalServerPort
	int port;

	private Browser browser;
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void aSponsorEndorsesTheDemoConvenerAndFindsItOnTheRecognitionPage() {
		browser.signIn(SPONSOR);
		browser.useMenu("Social artists");
		browser.checkPage("recognition-social-artists");
		assertThat(browser.heading()).isEqualTo("Social artists");
		assertThat(browser.pageText()).contains("Listed by name").doesNotContainIgnoringCase("top");
		// listed by name, among every convener the other tests made: page on until she
		// is there
		for (int page = 0; browser.driver().findElements(By.linkText("Rosa Delgado")).isEmpty() && page < 50; page++) {
			browser.clickLink("Next page");
		}
		browser.clickLink("Rosa Delgado");
		browser.checkPage("recognition-social-artist");
		assertThat(browser.heading()).isEqualTo("Rosa Delgado");
		assertThat(browser.pageText()).contains("Communities convened", "Cross-level connections",
				"Family voice in IEP meetings");

		String support = "Two days of our staff's time for the spring gathering " + run;
		browser.fieldLabelled("Support I offer").sendKeys(support);
		new Select(browser.fieldLabelled("Kind of support")).selectByVisibleText("Time");
		browser.clickButton("Endorse");
		browser.checkPage("recognition-endorse-error");
		assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Say what you recognise in their work");
		assertThat(browser.text(By.id("note-error"))).contains("Say what you recognise in their work");
		assertThat(browser.fieldLabelled("Support I offer").getDomProperty("value")).isEqualTo(support);
		assertThat(new Select(browser.fieldLabelled("Kind of support")).getFirstSelectedOption().getText())
				.isEqualTo("Time");

		String note = "Rosa made room for families to speak first " + run;
		browser.fieldLabelled("What I recognise").sendKeys(note);
		browser.clickButton("Endorse");
		browser.checkPage("recognition-endorsed");
		assertThat(browser.text(By.cssSelector(".notice[role=status]")))
				.startsWith("Your endorsement of Rosa Delgado is published.");
		assertThat(browser.pageText()).contains(note, support);

		browser.visit("/recognition", "recognition-page");
		assertThat(browser.heading()).isEqualTo("Recognition");
		assertThat(browser.pageText()).contains(note, "Endorsement of Rosa Delgado", "Endorsed by Harriet Quinn");

		browser.useMenu("Value report");
		browser.checkPage("recognition-constellation-report");
		assertThat(browser.heading()).isEqualTo("Value report for sponsors: the whole constellation");
		assertThat(browser.pageText()).doesNotContain("What I said in the circle stayed there");
	}

	@Test
	void aMemberWritesAValueStoryAndSeesItUnderItsCycleThenOpensTheReport() {
		browser.signIn(CONVENER);
		browser.visit("/communities", "recognition-communities");
		browser.clickLink(COMMUNITY);
		browser.checkPage("recognition-community-home");
		browser.follow(browser.driver().findElement(By.partialLinkText("See the value created")));
		browser.checkPage("recognition-value");
		assertThat(browser.heading()).isEqualTo("Value created: " + COMMUNITY);
		browser.clickLink("Write a value story");
		browser.checkPage("recognition-story-form");
		assertThat(browser.pageText()).contains("Someone changed what they do");

		String title = "A teacher asked families first " + run;
		browser.fieldLabelled("Title").sendKeys(title);
		browser.fieldLabelled("The story").sendKeys(
				"After our gathering, a teacher opened the meeting by asking " + "the family what they see at home.");
		browser.choose("Applied value");
		browser.choose("Also sponsors and everyone signed in");
		browser.fieldLabelled("Evidence links").sendKeys("https://example.org/meeting-notes");
		browser.clickButton("Save the story");
		browser.checkPage("recognition-value-written");
		assertThat(browser.text(By.cssSelector(".notice[role=status]"))).contains(title);
		assertThat(browser.texts(By.cssSelector("#cycle-applied h3"))).contains(title);
		assertThat(browser.texts(By.cssSelector("#cycle-immediate h3"))).doesNotContain(title);

		browser.clickLink(title);
		browser.checkPage("recognition-story");
		assertThat(browser.pageText()).contains("appears in the reports for sponsors");
		browser.clickLink("All the value created in " + COMMUNITY);

		browser.clickLink("See the report for sponsors");
		browser.checkPage("recognition-community-report");
		assertThat(browser.heading()).isEqualTo("Value report for sponsors: " + COMMUNITY);
		assertThat(browser.driver().findElements(By.cssSelector("figure svg[role=img] title"))).hasSize(2);
		assertThat(browser.pageText()).contains(title).doesNotContain("What I said in the circle stayed there");
		var csv = browser.download(browser.driver().findElement(By.linkText("Download the stories as CSV")));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains(title);
	}

	@Test
	void theKeyboardAloneWritesAValueStory() {
		browser.signIn(CONVENER);
		browser.visit("/communities", "recognition-keyboard-communities");
		browser.clickLink(COMMUNITY);
		browser.follow(browser.driver().findElement(By.partialLinkText("See the value created")));
		browser.clickLink("Write a value story");
		browser.checkPage("recognition-keyboard-form");

		pressTab();
		assertThat(focused().getText()).isEqualTo("Skip to main content");
		focused().sendKeys(Keys.ENTER);
		tabTo("title");
		String title = "Written with the keyboard " + run;
		focused().sendKeys(title);
		pressTab();
		assertThat(focused().getDomAttribute("id")).isEqualTo("body");
		focused().sendKeys("A parent led the meeting's first ten minutes.");
		tabTo("cycle-REFRAMING");
		focused().sendKeys(Keys.SPACE);
		tabTo("visibility-COMMUNITY");
		pressTab();
		assertThat(focused().getText()).isEqualTo("Save the story");
		WebElement page = browser.driver().findElement(By.tagName("html"));
		focused().sendKeys(Keys.ENTER);
		browser.waiting().until(ExpectedConditions.stalenessOf(page));
		browser.checkPage("recognition-keyboard-written");
		assertThat(browser.texts(By.cssSelector("#cycle-reframing h3"))).contains(title);
	}

	private void pressTab() {
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
	}

	private WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	/** Presses Tab until the field with this id has the focus. */
	private void tabTo(String id) {
		for (int i = 0; i < 40 && !id.equals(focused().getDomAttribute("id")); i++) {
			pressTab();
		}
		assertThat(focused().getDomAttribute("id")).isEqualTo(id);
	}
}
