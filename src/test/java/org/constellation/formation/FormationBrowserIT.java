package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.constellation.people.People;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo convener forms partnerships for a demo community in headless
 * Chromium: starts a run, watches its progress, reads the explanations, moves a
 * person out and back, pins a group, solves again around it, sends the
 * invitations, and an invitee finds theirs. Every page passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormationBrowserIT {

	@LocalServerPort
	int port;

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

	private void awaitDone() {
		// the status is replaced while the run goes on: found, then gone before it is
		// read
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(d -> d.findElement(By.id("run-status")).getText().startsWith("Done"));
	}

	@Test
	void aConvenerFormsReviewsAndSendsPartnershipsThatReachTheInvitees() {
		browser.signIn("convener@example.org");
		browser.visit("/communities", "formation-communities");
		browser.clickLink("Family voice in IEP meetings");
		browser.checkPage("formation-community");
		browser.clickLink("Form partnerships among its members");
		browser.checkPage("formation-new");
		assertThat(browser.heading()).isEqualTo("Start a formation run");
		new Select(browser.fieldLabelled("Largest")).selectByVisibleText("4");
		WebElement seconds = browser.fieldLabelled("Time to take, in seconds");
		seconds.clear();
		seconds.sendKeys("3");
		browser.clickButton("Form partnerships");

		// the run page shows its progress while it solves, then the result
		assertThat(browser.driver().findElement(By.id("run-progress-bar")).getTagName()).isEqualTo("progress");
		browser.checkPage("formation-running");
		awaitDone();
		browser.checkPage("formation-done");
		String page = browser.pageText();
		assertThat(page).contains("Group 1:").contains("Concerns they share")
				.contains("A time that works for all (your time)").contains("Partnership rules").contains("All kept");
		long runId = Long.parseLong(browser.path().replaceAll("\\D+", ""));

		// move the first person of group 1 out of every group, then back
		WebElement firstMove = browser.driver().findElements(By.cssSelector("form[action$='/moves'] select"))
				.getFirst();
		String moverLabel = browser.driver()
				.findElement(By.cssSelector("label[for='" + firstMove.getDomAttribute("id") + "']")).getText();
		String moverId = firstMove.getDomAttribute("id").substring("move-".length());
		new Select(firstMove).selectByVisibleText("Out of every group");
		browser.follow(firstMove.findElement(By.xpath("./following-sibling::button")));
		browser.checkPage("formation-moved-out");
		assertThat(browser.pageText()).contains("They are now out of every group.")
				.contains("Left out of every group by a convener");
		WebElement placeBack = browser.driver().findElement(By.id("place-" + moverId));
		new Select(placeBack).selectByVisibleText("Group 1");
		browser.follow(placeBack.findElement(By.xpath("./following-sibling::button")));
		assertThat(browser.pageText()).as(moverLabel).contains("Moved. The group's explanation is up to date.");

		browser.clickButton("Pin group 1");
		assertThat(browser.pageText()).contains("Pinned: solving again keeps this group as it is.");
		List<String> pinnedMembers = browser.texts(By.cssSelector("ol > li:first-child h3 + ul > li > a"));
		browser.clickButton("Solve again around the pinned groups");
		assertThat(browser.path()).isNotEqualTo("/formation/" + runId);
		awaitDone();
		browser.checkPage("formation-solved-again");
		assertThat(browser.text(By.cssSelector("ol > li:first-child h3"))).contains("Pinned");
		assertThat(browser.texts(By.cssSelector("ol > li:first-child h3 + ul > li > a")))
				.containsExactlyInAnyOrderElementsOf(pinnedMembers);

		browser.clickButton("Send the invitations");
		browser.checkPage("formation-sent");
		assertThat(browser.pageText()).contains("partnerships were proposed").contains("Invitations sent")
				.contains("not answered yet");

		// one of the pinned group finds the invitation among their partnerships
		String href = browser.driver().findElement(By.cssSelector("ol > li:first-child h3 + ul > li > a"))
				.getDomAttribute("href");
		long invitee = Long.parseLong(href.replaceAll("\\D+", ""));
		browser.signIn(people.emails(List.of(invitee)).get(invitee));
		browser.visit("/partnerships", "formation-invitee-partnerships");
		browser.clickLink(browser.driver().findElement(By.partialLinkText("A learning partnership")).getText());
		browser.checkPage("formation-invitation");
		assertThat(browser.pageText()).contains("brought together").contains("Accept the invitation");
	}
}
