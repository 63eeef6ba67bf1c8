package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.Portfolio;
import org.constellation.support.Browser;
import org.constellation.support.HomeFixtures;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone signs up in headless Chromium and is signed in at once; the short
 * welcome asks for the essentials of a profile (a mistake named and the typing
 * kept), then the issues they care about, then offers the communities that
 * share them to join or ask to join; home then shows those communities. Someone
 * who leaves every step for later finds them again on their home page. Every
 * page passes axe-core, wide and on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WelcomeBrowserIT {

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

	@Test
	void signingUpSignsInAndTheWelcomeLeadsToCommunitiesShownAtHome() {
		Issue issue = portfolio.issues().getLast();
		Person convener = PartnershipFixtures.newPerson(port, "Rosa Convener");
		String open = HomeFixtures.unique("Open reading circle");
		HomeFixtures.community(convener, open, "OPEN", List.of(issue.getId()));
		String asking = HomeFixtures.unique("Listening circle by request");
		HomeFixtures.community(convener, asking, "REQUEST", List.of(issue.getId()));
		// a place at the broadest level: its name alone names it
		String place = portfolio.allPlaces().getFirst().getName();

		browser.signOut();
		browser.visit("/sign-up", "sign-up");
		browser.fieldLabelled("Email")
				.sendKeys("welcome." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		browser.fieldLabelled("Your name as others see it").sendKeys("Wren Welcome");
		browser.fieldLabelled("Password").sendKeys("a fine long password");
		browser.clickButton("Create my account");

		// signed in at once, at step 1
		assertThat(browser.path()).isEqualTo("/welcome/profile");
		browser.checkPage("onboarding");
		assertThat(browser.heading()).isEqualTo("About you");
		assertThat(browser.pageText()).contains("Step 1 of 3").contains("you are signed in");
		String browserZone = (String) browser.driver()
				.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
		assertThat(new Select(browser.fieldLabelled("Time zone")).getFirstSelectedOption().getDomAttribute("value"))
				.isEqualTo(browserZone);

		// where one works is found by typing its name: suggestions appear, one is taken
		WebElement where = browser.fieldLabelled("Where you work");
		where.sendKeys(place.substring(0, 4));
		browser.waiting().until(d -> d.findElements(By.cssSelector("#homePlaceId-places option")).stream()
				.anyMatch(o -> place.equals(o.getDomAttribute("value"))));
		where.clear();
		where.sendKeys(place);

		// a mistake is named and what was chosen stays
		browser.fieldLabelled("Your name as others see it").clear();
		browser.clickButton("Save and continue");
		browser.checkPage("onboarding-error");
		assertThat(browser.text(By.id("error-summary"))).contains("name");
		assertThat(browser.fieldLabelled("Where you work").getDomProperty("value")).isEqualTo(place);
		browser.fieldLabelled("Your name as others see it").sendKeys("Wren Welcome");
		browser.clickButton("Save and continue");

		// step 2: concerns
		assertThat(browser.path()).isEqualTo("/welcome/concerns");
		browser.checkPage("onboarding-concerns");
		assertThat(browser.pageText()).contains("Step 2 of 3");
		browser.choose(issue.getName());
		browser.clickButton("Save and continue");

		// step 3: communities that share them, to join or ask to join
		assertThat(browser.path()).isEqualTo("/welcome/communities");
		browser.checkPage("onboarding-communities");
		assertThat(browser.texts(By.cssSelector(".welcome-matches h3"))).contains(open, asking);
		browser.clickButton("Join " + open);
		assertThat(browser.pageText()).contains("You joined \u201c" + open + "\u201d");
		browser.clickButton("Ask to join " + asking);
		browser.checkPage("onboarding-joined");
		assertThat(browser.pageText()).contains("You asked to join \u201c" + asking + "\u201d");
		assertThat(browser.texts(By.cssSelector("section[aria-labelledby=h-mine] li"))).anyMatch(t -> t.equals(open))
				.anyMatch(t -> t.startsWith(asking) && t.contains("you asked to join"));

		// home shows the communities chosen
		browser.clickLink("Done: go to your home page");
		assertThat(browser.path()).isEqualTo("/");
		browser.checkPage("home-after-welcome");
		assertThat(browser.heading()).isEqualTo("Welcome, Wren Welcome");
		assertThat(browser.texts(By.cssSelector("section[aria-labelledby=h-mine] li h3"))).contains(open, asking);
		assertThat(browser.text(By.cssSelector("section[aria-labelledby=h-mine]")))
				.contains("You asked to join; a convener will answer.");
	}

	@Test
	void everyStepCanWaitAndHomeLeadsBackToIt() {
		browser.signOut();
		browser.driver().get(browser.url("/sign-up"));
		browser.fieldLabelled("Email")
				.sendKeys("later." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		browser.fieldLabelled("Your name as others see it").sendKeys("Lee Later");
		browser.fieldLabelled("Password").sendKeys("a fine long password");
		browser.clickButton("Create my account");
		assertThat(browser.path()).isEqualTo("/welcome/profile");

		browser.clickLink("Later");
		assertThat(browser.path()).isEqualTo("/welcome/concerns");
		browser.clickLink("Later");
		assertThat(browser.path()).isEqualTo("/welcome/communities");
		browser.checkPage("onboarding-nothing-chosen");
		assertThat(browser.pageText()).contains("You have not chosen the issues you care about yet");
		browser.clickLink("Later: go to your home page");

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.texts(By.cssSelector("main h2"))).contains("How to start");
		browser.clickLink("Complete your profile");
		assertThat(browser.path()).isEqualTo("/welcome/profile");
		browser.driver().get(browser.url("/"));
		browser.clickLink("Add your concerns");
		assertThat(browser.path()).isEqualTo("/welcome/concerns");
	}
}
