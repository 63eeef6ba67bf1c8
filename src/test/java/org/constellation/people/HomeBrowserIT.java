package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.Portfolio;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.HomeFixtures;
import org.constellation.support.HomeFixtures.BusyMember;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page answers "what is next for me?" for each role, in headless
 * Chromium: a busy member sees the step awaiting their answer, the request to
 * join their community and the reply to them before the session they meet at
 * next (in their own zone, with this time's roles) and the gathering they said
 * yes to; someone new sees three steps and the communities that share their
 * concerns; a sponsor the constellation's figures and no profile to complete; a
 * steward what needs attention. Every link leads where it says, and every page
 * passes axe-core (WCAG 2.2 A and AA), wide and on a phone. A gathering of a
 * members-only community someone has left leaves their home page with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnBothDatabases
class HomeBrowserIT {

	private static final DateTimeFormatter NEAR = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm zzz", Locale.ENGLISH);

	@LocalServerPort
	int port;

	@Autowired
	Portfolio portfolio;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@AfterEach
	void wideAgain() {
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void aBusyMemberSeesWhatWaitsForThemFirstThenWhatIsComingUp() {
		BusyMember busy = HomeFixtures.busyMember(port, "Europe/Berlin");

		browser.signIn(busy.me().email());
		browser.checkPage("home-member");
		assertThat(browser.heading()).isEqualTo("Welcome, Ana Busy");
		assertThat(browser.texts(By.cssSelector("main h2"))).containsExactly("Waiting for you", "Coming up",
				"Your communities");

		// what needs them now, in that order: their answer, a request, a reply, their
		// profile
		assertThat(titles("h-now")).containsExactly(
				"Step 1 of the opening of \u201c" + busy.openingFocus() + "\u201d waits for your answer",
				"Someone asks to join \u201c" + busy.convenedName() + "\u201d, which you convene",
				"One new reply or mention in your conversations", "Complete your profile so that others can find you");

		// the next session, in their own zone with the zone shown, and this time's
		// roles; then the gathering
		assertThat(titles("h-next")).containsExactly("The next session of \u201c" + busy.activeFocus() + "\u201d",
				"\u201c" + busy.gatheringTitle() + "\u201d, a gathering of " + circleName(busy));
		WebElement session = item("h-next", 0);
		assertThat(session.findElement(By.tagName("time")).getText()).isEqualTo(NEAR.format(busy.sessionStart()))
				.doesNotContain(String.valueOf(busy.sessionStart().getYear()));
		assertThat(session.getText()).contains("Host:").contains("Timekeeper:").contains("you").contains("Ben Partner");
		assertThat(item("h-next", 1).findElement(By.tagName("time")).getText())
				.isEqualTo(NEAR.format(busy.gatheringStart()));
		assertThat(item("h-next", 1).getText()).contains("You said yes \u00b7 Room 4, Lincoln Elementary");

		// one primary action, on what needs them first
		assertThat(browser.texts(By.cssSelector("main .button.primary"))).containsExactly("Answer step 1");

		// each link leads where one acts
		follow("Answer step 1", "/partnerships/" + busy.openingPartnership() + "/opening");
		assertThat(browser.pageText()).contains(busy.openingFocus());
		follow("Answer the request", "/communities/" + busy.convened() + "/requests");
		assertThat(browser.pageText()).contains("Cleo Asker");
		follow("Read it", "/notifications");
		follow("Open the session", "/partnerships/" + busy.activePartnership() + "/sessions/" + busy.sessionNumber());
		follow("See the gathering", "/gatherings/" + busy.gathering());
		assertThat(browser.heading()).startsWith(busy.gatheringTitle());
		follow("Complete your profile", "/profile/edit");
		// and the communities they are in, by name
		browser.driver().get(browser.url("/"));
		assertThat(titles("h-mine")).contains(busy.convenedName(), circleName(busy));

		// on a phone, the same, one card under another
		onAPhone("home-member-390");
		assertThat(titles("h-now")).hasSize(4);
	}

	@Test
	void someoneNewSeesThreeStepsAndTheCommunitiesThatShareTheirConcerns() {
		Issue issue = portfolio.issues().getFirst();
		Person convener = PartnershipFixtures.newPerson(port, "Rosa Convener");
		String name = HomeFixtures.unique("Newcomers welcome");
		long community = HomeFixtures.community(convener, name, "OPEN", List.of(issue.getId()));
		Person newcomer = PartnershipFixtures.newPerson(port, "Noor Newcomer");
		HomeFixtures.withConcerns(newcomer, List.of(issue.getId()));

		browser.signIn(newcomer.email());
		browser.checkPage("home-newcomer");
		assertThat(browser.texts(By.cssSelector("main h2"))).containsExactly("How to start",
				"Communities that share your concerns");
		assertThat(browser.texts(By.cssSelector(".start-steps h3"))).containsExactly("1. Complete your profile",
				"2. Join a community", "3. Find partners");
		// nothing it cannot open: no session, no partnership, no request
		assertThat(browser.pageText()).doesNotContain("Waiting for you").doesNotContain("session")
				.doesNotContain("Your partnerships");

		WebElement match = item("h-matches", 0);
		assertThat(match.findElement(By.tagName("h3")).getText()).isEqualTo(name);
		assertThat(match.getText()).contains("Shares your concern \u201c" + issue.getName() + "\u201d")
				.contains("1 member");
		browser.follow(match.findElement(By.linkText("See it and join")));
		assertThat(browser.path()).isEqualTo("/communities/" + community);

		browser.driver().get(browser.url("/"));
		// the steps of the welcome after signing up, again
		follow("Complete your profile", "/welcome/profile");
		follow("Join from a short list", "/welcome/communities");
		follow("Find partners", "/partnerships");

		onAPhone("home-newcomer-390");
	}

	@Test
	void aSponsorSeesTheConstellationsFiguresAndNoProfileToComplete() {
		browser.signIn("sponsor@example.org");
		browser.checkPage("home-sponsor");
		assertThat(browser.heading()).isEqualTo("Welcome, Harriet Quinn");
		assertThat(browser.texts(By.cssSelector("main h2"))).containsExactly("The constellation at a glance");
		assertThat(browser.pageText()).doesNotContain("Complete your profile").doesNotContain("Waiting for you")
				.doesNotContain("How to start");
		assertThat(titles("h-figures")).hasSize(5).anyMatch(t -> t.startsWith("communities of practice"))
				.anyMatch(t -> t.startsWith("of the communities span more than one level of scale"))
				.anyMatch(t -> t.startsWith("value-creation stor"));
		assertThat(browser.texts(By.cssSelector(".figure-value"))).allMatch(f -> f.matches("[0-9,]+%?"));

		follow("Open the map", "/constellation");
		follow("Read the value report", "/value/report");
		follow("See the coverage", "/constellation/coverage");

		onAPhone("home-sponsor-390");
	}

	@Test
	void aStewardSeesWhatNeedsAttentionBesideTheirOwnItems() {
		browser.signIn("steward@example.org");
		browser.checkPage("home-steward");
		assertThat(browser.texts(By.cssSelector("main h2"))).startsWith("Waiting for you",
				"Needs attention across the constellation");
		assertThat(titles("h-attention")).anyMatch(t -> t.endsWith("could use attention"));

		follow("See why", "/constellation/health");
		assertThat(browser.pageText()).contains("Communities that need attention");

		onAPhone("home-steward-390");
	}

	@Test
	void aGatheringOfAMembersOnlyCommunityLeftSinceIsNoLongerOnHome() {
		Person convener = PartnershipFixtures.newPerson(port, "Rosa Convener");
		Person member = PartnershipFixtures.newPerson(port, "Ivo Member");
		long community = HomeFixtures.community(convener, HomeFixtures.unique("Members only circle"), "OPEN", "MEMBERS",
				List.of());
		assertThat(member.api().post("/api/v1/communities/" + community + "/membership",
				Api.json(java.util.Map.of("whyHere", "To learn with peers"))).status()).isEqualTo(200);
		String title = HomeFixtures.unique("Closed-door gathering");
		long gathering = HomeFixtures.gathering(convener, community, title,
				java.time.ZonedDateTime.now(java.time.ZoneId.of("UTC")).plusDays(3));
		HomeFixtures.saidYes(member, gathering);
		WebSession home = WebSession.signedIn(port, member.email());
		assertThat(home.get("/").body()).contains(title);

		assertThat(member.api().delete("/api/v1/communities/" + community + "/membership").status()).isEqualTo(204);
		assertThat(home.get("/").body()).doesNotContain(title);
	}

	// Helpers

	/** The titles of the cards of one part of the page, by its heading's id. */
	private List<String> titles(String headingId) {
		return browser.texts(By.cssSelector("section[aria-labelledby=" + headingId + "] li h3"));
	}

	private WebElement item(String headingId, int index) {
		return browser.driver().findElements(By.cssSelector("section[aria-labelledby=" + headingId + "] li"))
				.get(index);
	}

	/** From the home page, follows a link and checks where it leads. */
	private void follow(String link, String path) {
		if (!"/".equals(browser.path())) {
			browser.driver().get(browser.url("/"));
		}
		browser.clickLink(link);
		assertThat(browser.path()).as("where \u201c%s\u201d leads", link).isEqualTo(path);
	}

	private void onAPhone(String name) {
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.visit("/", name);
		Object sideways = browser.driver()
				.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
		assertThat(sideways).as("no sideways scrolling at 390 px").isEqualTo(false);
	}

	private String circleName(BusyMember busy) {
		return busy.me().api().get("/api/v1/communities/" + busy.circle()).json().get("name").asString();
	}
}
