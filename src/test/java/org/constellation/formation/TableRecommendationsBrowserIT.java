package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.PortfolioFixtures.group;
import static org.constellation.support.PortfolioFixtures.level;
import static org.constellation.support.PortfolioFixtures.person;
import static org.constellation.support.PortfolioFixtures.place;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.constellation.people.AccountService;
import org.constellation.people.ProfileService;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.PortfolioFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo convener finds who is missing from a community's table, reads why
 * someone is suggested and invites them, in a real headless Chromium; every
 * page on the way is checked with axe-core (WCAG 2.2 A and AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableRecommendationsBrowserIT {

	private static final String CONVENER = "convener@example.org";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	private Browser browser;
	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private String concern;
	private String name;
	private String complete;

	@BeforeAll
	void aCommunityOfTheDemoConvenerWithAGap() {
		Api steward = Api.as(port, "steward@example.org");
		concern = "Family-led transition planning " + run;
		long issue = PortfolioFixtures.issue(steward, concern);
		long advocates = group(steward, "Advocates");
		long researchers = group(steward, "Researchers");
		long district = place(steward, "Columbus City Schools");
		person(accounts, profiles, "table-browser-a-" + run + "@example.org", "Amani Table " + run, Set.of(researchers),
				district, Set.of(issue));
		person(accounts, profiles, "table-browser-b-" + run + "@example.org", "Bo Table " + run, Set.of(researchers),
				place(steward, "Ohio"), Set.of(issue));
		Api convener = Api.as(port, CONVENER);
		name = "Research at the table " + run;
		assertThat(convener.post("/api/v1/communities",
				Api.json(Map.of("name", name, "purpose", "Researchers and advocates planning transition together.",
						"issueIds", List.of(issue), "stakeholderGroupIds", List.of(researchers, advocates),
						"neededLevelIds", List.of(level(steward, "District")), "placeIds", List.of(district))))
				.status()).isEqualTo(201);
		// the convener is an advocate at a state: this one lacks nobody
		complete = "Advocates of Ohio " + run;
		assertThat(
				convener.post("/api/v1/communities",
						Api.json(Map.of("name", complete, "issueIds", List.of(issue), "stakeholderGroupIds",
								List.of(advocates), "neededLevelIds", List.of(level(steward, "State")))))
						.status())
				.isEqualTo(201);
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void theConvenerSeesWhoIsMissingReadsWhyAndInvitesSomeone() {
		browser.signIn(CONVENER);
		browser.visit("/communities", "table-communities");
		browser.clickLink(name);
		browser.checkPage("table-community-home");
		browser.clickLink("See who is missing from the table");
		browser.checkPage("table-recommendations");
		assertThat(browser.heading()).isEqualTo("Who is missing from the table");
		assertThat(browser.texts(By.cssSelector("tbody tr"))).containsExactly(
				"Advocates Stakeholder group At the table", "Researchers Stakeholder group Missing: no member yet",
				"District Level of scale Missing: no member yet");

		List<WebElement> cards = browser.driver().findElements(By.cssSelector("ol.cards > li"));
		assertThat(cards).hasSize(2);
		assertThat(cards.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("Amani Table " + run);
		assertThat(cards.get(0).findElement(By.cssSelector(".reason")).getText())
				.isEqualTo("Shares one of the community's concerns: " + concern + ". Would bring the voice of "
						+ "Researchers, which the charter asks for and no member has yet. Works at District level, "
						+ "which no member does.");
		assertThat(cards.get(1).findElement(By.cssSelector(".reason")).getText()).doesNotContain("level");

		browser.follow(cards.get(0).findElement(By.tagName("button")));
		browser.checkPage("table-recommendations-invited");
		assertThat(browser.text(By.cssSelector(".notice[role=status]")))
				.startsWith("Invitation sent to Amani Table " + run + ".");
		assertThat(browser.texts(By.cssSelector("ol.cards h3"))).containsExactly("Bo Table " + run);
	}

	@Test
	void aTableWithEveryoneTheCharterAsksForSaysSoAndSuggestsNobody() {
		browser.signIn(CONVENER);
		browser.visit("/communities", "table-communities-list");
		browser.clickLink(complete);
		browser.clickLink("See who is missing from the table");
		browser.checkPage("table-recommendations-complete");
		assertThat(browser.pageText()).contains("Everyone the charter asks for is at the table.");
		assertThat(browser.driver().findElements(By.cssSelector("ol.cards"))).isEmpty();
	}
}
