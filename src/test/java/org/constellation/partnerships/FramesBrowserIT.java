package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A partner writes their frame of reference twice and compares the versions,
 * then edits where and how the partnership meets and reads its history; the
 * other partner reads both. Every page passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FramesBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

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
	void aPartnerWritesTheirFrameTwiceComparesAndKeepsTheInfrastructure() {
		var fixtures = new ComponentFixtures(accounts, partnerships, partners, jdbc, passwords);
		AccountPrincipal ana = fixtures.person("Ana");
		AccountPrincipal bo = fixtures.person("Bo");
		long id = fixtures.active("Parents and teachers listening to each other", ana, bo);
		String space = "/partnerships/" + id;

		browser.signIn(ana.email());
		browser.visit(space + "/frames", "frames-empty");
		assertThat(browser.pageText()).contains("Only the 2 partners can read this");
		browser.fieldLabelled("How I see our focus").sendKeys("Listening is the *first* step.");
		browser.clickButton("Save a new version");
		browser.checkPage("frames-saved-once");
		assertThat(browser.pageText()).contains("saved as version 1").contains("Listening is the first step.");

		var body = browser.fieldLabelled("How I see our focus");
		body.clear();
		body.sendKeys("Listening is the *only* step we can take together.");
		browser.clickButton("Save a new version");
		assertThat(browser.pageText()).contains("saved as version 2");

		browser.follow(browser.driver().findElement(By.partialLinkText("Earlier versions of")));
		browser.checkPage("frames-history");
		assertThat(browser.texts(By.cssSelector("article h3"))).hasSize(2);
		new Select(browser.fieldLabelled("Earlier version")).selectByIndex(1);
		new Select(browser.fieldLabelled("Later version")).selectByIndex(0);
		browser.clickButton("Compare");
		browser.checkPage("frames-compare");
		assertThat(browser.texts(By.cssSelector(".diff del"))).anyMatch(t -> t.contains("*first* step."));
		assertThat(browser.texts(By.cssSelector(".diff ins"))).anyMatch(t -> t.contains("*only* step we can take"));
		assertThat(browser.pageText()).contains("Words taken out are struck through");

		browser.visit(space + "/infrastructure", "infrastructure-empty");
		browser.clickLink("Edit where and how we meet");
		browser.checkPage("infrastructure-form");
		browser.fieldLabelled("Place").sendKeys("The library, second floor");
		browser.fieldLabelled("Link").sendKeys("javascript:alert(1)");
		browser.fieldLabelled("Our agreements").sendKeys("We let each other finish.");
		browser.clickButton("Save a new version");
		browser.checkPage("infrastructure-form-error");
		assertThat(browser.text(By.id("link-error"))).contains("http");
		assertThat(browser.fieldLabelled("Place").getDomProperty("value")).isEqualTo("The library, second floor");
		var link = browser.fieldLabelled("Link");
		link.clear();
		link.sendKeys("https://meet.example.org/listening");
		browser.clickButton("Save a new version");
		browser.checkPage("infrastructure-saved");
		assertThat(browser.pageText()).contains("Saved as version 1").contains("The library, second floor");

		browser.signIn(bo.email());
		browser.visit(space + "/infrastructure/edit", "infrastructure-form-other");
		var tools = browser.fieldLabelled("Tools we use");
		tools.sendKeys("A shared notes document");
		browser.clickButton("Save a new version");
		browser.clickLink("Earlier versions");
		browser.checkPage("infrastructure-history");
		assertThat(browser.texts(By.cssSelector("article h3"))).hasSize(2)
				.anyMatch(t -> t.startsWith("Version 2, saved by Bo"))
				.anyMatch(t -> t.startsWith("Version 1, saved by Ana"));
		browser.visit(space + "/frames", "frames-other-partner");
		assertThat(browser.pageText()).contains("Listening is the only step we can take together.");
	}
}
