package org.constellation.repertoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.constellation.communities.CommunityFixtures;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.people.People;
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

/**
 * A member builds up a community's repertoire, glossary and practice work in a
 * real headless Chromium, then finds it all by search. Every page on the way is
 * checked with axe-core (WCAG 2.2 A and AA); screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepertoireBrowserIT {

	private static final String CONVENER = "member41@example.org";
	private static final String MEMBER = "member42@example.org";

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	private Browser browser;
	private long community;

	@BeforeAll
	void startBrowser() {
		community = CommunityFixtures.community(communities, memberships, people, true, CONVENER, MEMBER);
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void aMemberAddsToTheRepertoireAndGlossaryProposesWorkAndFindsItAllBySearch() {
		browser.signIn(MEMBER);

		browser.visit("/communities/" + community + "/repertoire", "repertoire-repertoire-empty");
		assertThat(browser.pageText()).contains("The repertoire is empty for now.")
				.contains("Only the members of " + communityName() + " can read what is written here.");

		browser.clickLink("Add to the repertoire");
		browser.clickButton("Add it");
		browser.checkPage("repertoire-repertoire-new-errors");
		assertThat(browser.texts(By.cssSelector(".error-summary li"))).contains("Choose what kind of thing this is",
				"Give it a title");
		browser.fieldLabelled("Title").sendKeys("Read-aloud checklist");
		assertThat(browser.driver().findElement(By.id("kind-TOOL")).isSelected()).isFalse();
		browser.driver().findElement(By.cssSelector("label[for='kind-TOOL']")).click();
		browser.fieldLabelled("Web address").sendKeys("javascript:alert(1)");
		browser.fieldLabelled("What it is").sendKeys("Pick a *short* book and read it twice: the lanternfish method.");
		browser.fieldLabelled("Tags").sendKeys("Reading, Families");
		browser.clickButton("Add it");
		browser.checkPage("repertoire-repertoire-new-bad-address");
		assertThat(browser.text(By.id("url-error")))
				.isEqualTo("Enter a web address that starts with http:// or https://");
		assertThat(browser.fieldLabelled("Title").getDomProperty("value")).as("what was typed is kept")
				.isEqualTo("Read-aloud checklist");
		browser.fieldLabelled("Web address").clear();
		browser.clickButton("Add it");

		browser.checkPage("repertoire-artifact");
		assertThat(browser.heading()).isEqualTo("Read-aloud checklist");
		assertThat(browser.text(By.cssSelector(".notice"))).contains("is in the repertoire now");
		assertThat(browser.text(By.cssSelector(".prose em"))).isEqualTo("short");
		assertThat(browser.texts(By.cssSelector(".tags a"))).containsExactly("families", "reading");

		browser.clickLink("reading");
		browser.checkPage("repertoire-repertoire-tag-reading");
		assertThat(browser.driver().getCurrentUrl()).contains("tag=reading");
		assertThat(new Select(browser.fieldLabelled("Tag")).getFirstSelectedOption().getText()).isEqualTo("reading");
		assertThat(browser.texts(By.cssSelector(".repertoire-list h2"))).containsExactly("Read-aloud checklist");

		browser.clickLink("Glossary");
		browser.checkPage("repertoire-glossary-empty");
		browser.clickLink("Add a term");
		browser.checkPage("repertoire-glossary-new");
		browser.fieldLabelled("Term").sendKeys("Lanternfish method");
		browser.fieldLabelled("What it means here").sendKeys("Reading one short book twice, aloud, with a family.");
		browser.fieldLabelled("An example").sendKeys("We tried the lanternfish method with the second grade.");
		browser.clickButton("Add the term");
		browser.checkPage("repertoire-glossary");
		assertThat(browser.texts(By.cssSelector("dl.glossary dt"))).containsExactly("Lanternfish method");
		assertThat(browser.texts(By.cssSelector(".jump-list a"))).containsExactly("L");

		browser.clickLink("Practice work");
		browser.checkPage("repertoire-practice-empty");
		browser.clickLink("Propose practice work");
		browser.checkPage("repertoire-practice-new");
		browser.fieldLabelled("Title").sendKeys("Lanternfish evenings");
		browser.fieldLabelled("Goal").sendKeys("Ten families try the lanternfish method for six weeks.");
		browser.clickButton("Propose the work");
		browser.checkPage("repertoire-practice-work");
		assertThat(browser.heading()).isEqualTo("Lanternfish evenings");
		assertThat(browser.pageText()).contains("One person taking part");
		new Select(browser.fieldLabelled("Status")).selectByVisibleText("Under way");
		browser.clickButton("Change the status");
		assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("The work is under way.");
		browser.fieldLabelled("Title of the output").sendKeys("The evening plan");
		browser.fieldLabelled("Web address").sendKeys("https://example.org/evenings");
		browser.clickButton("Record the output");
		browser.checkPage("repertoire-practice-work-output");
		assertThat(browser.texts(By.cssSelector(".outputs h3"))).containsExactly("The evening plan");

		browser.clickLink("Search");
		browser.checkPage("repertoire-search-prompt");
		assertThat(browser.pageText()).contains("Type a word or two");
		browser.fieldLabelled("Words to find").sendKeys("lanternfish");
		browser.clickButton("Find");
		browser.checkPage("repertoire-search-results");
		assertThat(browser.texts(By.cssSelector(".search-group h2"))).containsExactlyInAnyOrder("Artifact (1)",
				"Glossary term (1)", "Practice work (1)");
		assertThat(browser.texts(By.cssSelector(".search-hits a"))).containsExactlyInAnyOrder("Read-aloud checklist",
				"Lanternfish method", "Lanternfish evenings");

		browser.clickLink("Back to " + communityName());
		browser.checkPage("repertoire-community-home");
		assertThat(browser.texts(By.cssSelector("#section-practice + ul a"))).containsExactly("Lanternfish evenings");
		assertThat(browser.texts(By.cssSelector("#section-repertoire + ul a"))).containsExactly("Read-aloud checklist");
		assertThat(browser.pageText()).contains("The glossary (one term)");
	}

	private String communityName() {
		return communities.community(community).getName();
	}
}
