package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A member proposes a gathering in headless Chromium; another answers yes and
 * downloads the invite. Every page on the way passes axe-core (WCAG 2.2 A and
 * AA); screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatheringsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	AccountService accounts;

	@Autowired
	CommunityService communities;

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
	void aMemberProposesAGatheringAndAnotherSaysYesAndDownloadsTheInvite() {
		var fixtures = new GatheringFixtures(accounts, communities, memberships, passwords);
		AccountPrincipal convener = fixtures.person("America/Chicago");
		AccountPrincipal proposer = fixtures.person("America/Denver");
		AccountPrincipal guest = fixtures.person("America/New_York");
		long community = fixtures.community(convener, Visibility.PUBLIC, proposer, guest);

		browser.signIn(proposer.email());
		browser.visit("/communities/" + community + "/gatherings", "gatherings-empty");
		assertThat(browser.pageText()).contains("No gatherings yet");
		browser.clickLink("Propose a gathering");
		browser.checkPage("gathering-form");
		assertThat(browser.driver().findElement(By.id("timeZone")).getDomProperty("value")).isEqualTo("America/Denver");

		browser.fieldLabelled("Title").sendKeys("Co-teaching check-in");
		browser.setValue(browser.fieldLabelled("Date"), LocalDate.now().plusDays(14).toString());
		browser.setValue(browser.fieldLabelled("Start time"), "16:00");
		browser.fieldLabelled("Online link").sendKeys("javascript:alert(1)");
		browser.fieldLabelled("Agenda").sendKeys("1. Check-in\n2. One story each");
		browser.clickButton("Propose the gathering");
		browser.checkPage("gathering-form-error");
		assertThat(browser.text(By.id("error-summary"))).contains("https://");
		assertThat(browser.fieldLabelled("Title").getDomProperty("value")).isEqualTo("Co-teaching check-in");

		browser.fieldLabelled("Online link").clear();
		browser.fieldLabelled("Online link").sendKeys("https://meet.example.org/co-teaching");
		browser.clickButton("Propose the gathering");
		browser.checkPage("gathering-proposed");
		assertThat(browser.heading()).isEqualTo("Co-teaching check-in");
		assertThat(browser.pageText()).contains("is proposed").containsPattern("16:00 M[SD]T");
		String gatheringPath = browser.path();

		browser.signIn(guest.email());
		browser.visit(gatheringPath, "gathering-guest");
		assertThat(browser.pageText()).containsPattern("18:00 E[SD]T").contains("You have not answered yet");
		browser.clickButton("Yes, I will come");
		browser.checkPage("gathering-answered");
		assertThat(browser.pageText()).contains("you are coming").contains("1 yes");

		Api.Response invite = browser.download(browser.driver().findElement(By.linkText("Add to my calendar")));
		assertThat(invite.status()).isEqualTo(200);
		assertThat(invite.contentType()).startsWith("text/calendar");
		assertThat(invite.body()).contains("BEGIN:VCALENDAR").contains("SUMMARY:Co-teaching check-in")
				.contains("TZID=America/Denver");

		browser.visit("/gatherings", "your-calendar");
		assertThat(browser.pageText()).contains("Co-teaching check-in");
		browser.clickButton("Make my calendar link");
		browser.checkPage("your-calendar-link");
		assertThat(browser.driver().findElement(By.id("feed-url")).getDomProperty("value")).contains("/calendar/")
				.endsWith(".ics");
	}
}
