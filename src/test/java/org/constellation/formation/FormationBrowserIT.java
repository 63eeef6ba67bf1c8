package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.people.People;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.FormationFixtures;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.PortfolioFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo convener forms partnerships for a demo community in headless
 * Chromium: sees who is in and who is left out (counts that add up, lists that
 * open), says what matters in words, starts a run, watches its progress, reads
 * each group as a card of people with one sentence of why (scores only on
 * request), moves a person out and back through the small menu by keyboard,
 * pins a group, solves again around it, sends the invitations, and an invitee
 * finds theirs. A group sharing no concern is flagged. Every page passes
 * axe-core, wide and on a phone, on both databases (the demo is loaded on
 * each).
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

	/** The number a list's summary starts with ("8 left out: …"). */
	private int count(String detailsId) {
		return Integer.parseInt(
				browser.driver().findElement(By.cssSelector("#" + detailsId + " .cohort-count")).getText().strip());
	}

	/**
	 * Opens a folded part (a details element) by keyboard, as someone tabbing
	 * would.
	 */
	private void openByKeyboard(WebElement details) {
		WebElement summary = details.findElement(By.tagName("summary"));
		summary.sendKeys(Keys.ENTER);
		browser.waiting().until(d -> details.getDomAttribute("open") != null);
	}

	/** Presses a button with the keyboard and waits for the page that answers. */
	private void pressEnter(WebElement button) {
		WebElement oldPage = browser.driver().findElement(By.tagName("html"));
		button.sendKeys(Keys.ENTER);
		browser.waiting().until(ExpectedConditions.stalenessOf(oldPage));
		browser.waiting().until(d -> "complete"
				.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * A picture of the review for the guide: the groups at the top of the window,
	 * as {@code target/screenshots/<name>.png}.
	 */
	private void pictureOfTheGroups(String name) {
		browser.driver().executeScript("document.getElementById('groups-title').scrollIntoView(true)");
		browser.screenshot(name);
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

		// before the run: who is in and who is left out, counts that add up, each
		// list folded until opened
		String total = browser.text(By.cssSelector(".cohort-total"));
		Matcher m = Pattern.compile("Of (\\d+) people in this group, (\\d+) will be considered and (\\d+) are left out")
				.matcher(total);
		assertThat(m.find()).as(total).isTrue();
		int everyone = Integer.parseInt(m.group(1));
		int considered = Integer.parseInt(m.group(2));
		int leftOut = Integer.parseInt(m.group(3));
		assertThat(considered + leftOut).isEqualTo(everyone);
		assertThat(count("cohort-considered")).isEqualTo(considered);
		int byReason = browser.driver().findElements(By.cssSelector(".cohort-lists details:not(#cohort-considered)"))
				.stream().mapToInt(d -> count(d.getDomAttribute("id"))).sum();
		assertThat(byReason).as("every one left out has a reason").isEqualTo(leftOut);
		WebElement consideredList = browser.driver().findElement(By.id("cohort-considered"));
		assertThat(consideredList.findElements(By.cssSelector(".name-list a")).getFirst().isDisplayed()).isFalse();
		openByKeyboard(consideredList);
		assertThat(consideredList.findElements(By.cssSelector(".name-list a"))).hasSize(considered)
				.allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
		browser.checkPage("formation-new-cohort-open");

		// what matters, in three plain words per goal
		assertThat(browser.texts(By.cssSelector("fieldset.importance#sharedConcerns label")))
				.containsExactly("Not important", "Important", "Very important");
		assertThat(browser.driver().findElement(By.id("sharedConcerns-very-important")).isSelected()).isTrue();
		browser.driver().findElement(By.id("newPairs-not-important")).click();
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
		pictureOfTheGroups("formation-review-1280");
		browser.onPhone();
		try {
			browser.driver().navigate().refresh();
			pictureOfTheGroups("formation-review-390");
		} finally {
			browser.onWideScreen();
		}
		String page = browser.pageText();
		assertThat(page).contains("Group 1:").contains(considered + " people considered:")
				.contains("They can all meet");
		// scores only on request
		assertThat(page).doesNotContain("Score ").doesNotContain("Points");
		WebElement scores = browser.driver().findElement(By.cssSelector("details.scores"));
		assertThat(scores.getDomAttribute("open")).isNull();
		openByKeyboard(scores);
		assertThat(scores.getText()).contains("The solver's total for this result is");
		// every group is a card of people, each with where they are and a menu to move
		// them
		List<WebElement> cards = browser.driver().findElements(By.cssSelector("ol.group-cards > li"));
		assertThat(cards).isNotEmpty().allSatisfy(card -> {
			assertThat(card.findElement(By.cssSelector(".why-sentence")).getText()).isNotBlank();
			assertThat(card.findElements(By.cssSelector("li.person"))).allSatisfy(person -> {
				assertThat(person.findElement(By.cssSelector(".move-menu > summary")).getText()).startsWith("Move");
				assertThat(person.findElement(By.cssSelector(".move-form select")).isDisplayed()).isFalse();
			});
		});
		long runId = Long.parseLong(browser.path().replaceAll("\\D+", ""));

		// move the first person of group 1 out of every group by keyboard, then back
		WebElement firstMenu = cards.getFirst().findElement(By.cssSelector(".move-menu"));
		openByKeyboard(firstMenu);
		WebElement firstMove = firstMenu.findElement(By.tagName("select"));
		assertThat(firstMove.getSize().getWidth()).as("a compact choice, not the card's width")
				.isLessThan(cards.getFirst().getSize().getWidth() / 2);
		String moverId = firstMove.getDomAttribute("id").substring("move-".length());
		new Select(firstMove).selectByVisibleText("Out of every group");
		browser.checkPage("formation-move-menu");
		pressEnter(firstMenu.findElement(By.tagName("button")));
		browser.checkPage("formation-moved-out");
		assertThat(browser.pageText()).contains("They are now out of every group.")
				.contains("Left out of every group by a convener");
		WebElement placeBack = browser.driver().findElement(By.id("place-" + moverId));
		WebElement placeMenu = placeBack.findElement(By.xpath("ancestor::details"));
		openByKeyboard(placeMenu);
		new Select(placeBack).getOptions().stream().filter(o -> o.getText().startsWith("Group 1 ")).findFirst()
				.orElseThrow().click();
		pressEnter(placeMenu.findElement(By.tagName("button")));
		assertThat(browser.pageText()).contains("Moved. The group's explanation is up to date.");

		browser.clickButton("Pin group 1");
		assertThat(browser.pageText()).contains("Pinned: solving again keeps this group as it is.");
		List<String> pinnedMembers = browser.texts(By.cssSelector("ol.group-cards > li:first-child .person-name"));
		browser.clickButton("Solve again around the pinned groups");
		assertThat(browser.path()).isNotEqualTo("/formation/" + runId);
		awaitDone();
		browser.checkPage("formation-solved-again");
		assertThat(browser.text(By.cssSelector("ol.group-cards > li:first-child h3"))).contains("Pinned");
		assertThat(browser.texts(By.cssSelector("ol.group-cards > li:first-child .person-name")))
				.containsExactlyInAnyOrderElementsOf(pinnedMembers);

		browser.clickButton("Send the invitations");
		browser.checkPage("formation-sent");
		assertThat(browser.pageText()).contains("partnerships were proposed").contains("Invitations sent")
				.contains("not answered yet");

		// one of the pinned group finds the invitation among their partnerships
		String href = browser.driver().findElement(By.cssSelector("ol.group-cards > li:first-child .person-name"))
				.getDomAttribute("href");
		long invitee = Long.parseLong(href.replaceAll("\\D+", ""));
		browser.signIn(people.emails(List.of(invitee)).get(invitee));
		browser.visit("/partnerships", "formation-invitee-partnerships");
		browser.clickLink(browser.driver().findElement(By.partialLinkText("A learning partnership")).getText());
		browser.checkPage("formation-invitation");
		assertThat(browser.pageText()).contains("brought together").contains("Accept the invitation");
	}

	@Test
	void aGroupWithNothingInCommonIsFlaggedAndAGroupWithAConcernSaysWhyInOneSentence() {
		Api steward = Api.as(port, "steward@example.org");
		String run = UUID.randomUUID().toString().substring(0, 8);
		String concernName = "Reading aloud at home " + run;
		long concern = PortfolioFixtures.issue(steward, concernName);
		Person convener = PartnershipFixtures.newPerson(port, "Nia Convener " + run);
		// the convener reads times in their own zone; not open to a partnership
		// themselves
		FormationFixtures.profile(convener, "Nia Convener " + run, "America/New_York", List.of("English"), List.of(),
				false, List.of(), List.of());
		List<Person> members = new ArrayList<>();
		for (String name : List.of("Ana", "Ben")) {
			Person p = FormationFixtures.openPerson(port, name + " Reader " + run);
			FormationFixtures.profile(p, name + " Reader " + run, "America/New_York", List.of("English"),
					List.of(FormationFixtures.window("TUESDAY", "15:00", "18:00")), true, List.of(concern), List.of());
			members.add(p);
		}
		for (String name : List.of("Cai", "Dee")) {
			members.add(FormationFixtures.openPerson(port, name + " Apart " + run));
		}
		long community = FormationFixtures.community(convener, members);
		JsonNode done = FormationFixtures.runToTheEnd(convener.api(),
				java.util.Map.of("communityId", community, "minSize", 2, "preferredSize", 2, "maxSize", 2,
						"timeLimitSeconds", 2, "weights", java.util.Map.of("sharedConcerns", "very important")));
		assertThat(done.get("run").get("importance").get("sharedConcerns").asString()).isEqualTo("very important");

		browser.signIn(convener.email());
		browser.visit("/formation/" + done.get("run").get("id").asLong(), "formation-review-warning");
		List<WebElement> cards = browser.driver().findElements(By.cssSelector("ol.group-cards > li"));
		assertThat(cards).hasSize(2);
		WebElement sharing = cards.stream().filter(c -> c.getText().contains("Ana Reader")).findFirst().orElseThrow();
		WebElement apart = cards.stream().filter(c -> c.getText().contains("Cai Apart")).findFirst().orElseThrow();
		assertThat(sharing.getText()).contains("Ben Reader");
		assertThat(sharing.findElement(By.cssSelector(".why-sentence")).getText())
				.isEqualTo("They all care about " + concernName + ". They can all meet Tuesdays 15:00\u201318:00, "
						+ "America/New_York, and all speak English.");
		assertThat(sharing.findElements(By.cssSelector(".group-warning"))).isEmpty();
		assertThat(apart.findElement(By.cssSelector(".group-warning")).getText())
				.isEqualTo("These people share no concern yet \u2014 check before you confirm.");
		assertThat(browser.pageText()).as("no figure a person cannot read").doesNotContain("Score")
				.contains("4 people considered: 4 in 2 groups, nobody left without one.");

		// the same review on a phone
		browser.onPhone();
		try {
			browser.visit("/formation/" + done.get("run").get("id").asLong(), "formation-review-warning-phone");
		} finally {
			browser.onWideScreen();
		}
	}
}
