package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * A person's journeys in a real headless Chromium: they click, type and read
 * what the page says. Every page on the way is checked with axe-core against
 * WCAG 2.2 A and AA and must show no violation. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {

	private static final String MEMBER = "member07@example.org";
	private static final String STEWARD = "steward@example.org";

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

	/** Each journey starts as a stranger without a session. */
	@BeforeEach
	void startSignedOut() {
		browser.signOut();
	}

	// The journeys

	@Test
	void aMemberSignsInFromTheHomePageWithTheLabelledFields() {
		browser.visit("/", "home-signed-out");
		assertThat(browser.heading()).isEqualTo("Learning together, from a single school to the whole nation");

		browser.clickLink("Sign in");
		browser.checkPage("sign-in");
		browser.fieldLabelled("Email").sendKeys(MEMBER);
		browser.fieldLabelled("Password").sendKeys(Browser.PASSWORD);
		browser.clickButton("Sign in");

		assertThat(browser.path()).isEqualTo("/");
		// home answers "what is next for me?": what waits for them first
		assertThat(browser.heading()).startsWith("Welcome, ");
		assertThat(browser.texts(By.cssSelector("main h2"))).startsWith("Waiting for you");
		browser.checkPage("home");
	}

	@Test
	void theKeyboardAloneReachesTheSkipLinkFirstThenEmailPasswordAndButton() {
		browser.visit("/sign-in", "sign-in");

		pressTab();
		assertThat(focused().getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(focused().getText()).isEqualTo("Skip to main content");
		focused().sendKeys(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("main");

		pressTab();
		assertThat(focused().getDomAttribute("id")).isEqualTo("username");
		focused().sendKeys(MEMBER);
		pressTab();
		assertThat(focused().getDomAttribute("id")).isEqualTo("password");
		focused().sendKeys(Browser.PASSWORD);
		pressTab();
		assertThat(focused().getTagName()).isEqualTo("button");
		assertThat(focused().getText()).isEqualTo("Sign in");
		focused().sendKeys(Keys.ENTER);

		browser.waiting().until(ExpectedConditions.urlToBe(browser.url("/")));
		assertThat(browser.driver().findElements(By.cssSelector(".site-nav button")))
				.extracting(button -> button.getDomProperty("textContent").strip()).containsExactly("Sign out");
	}

	@Test
	void aMemberBrowsesIssuesPlacesLevelsAndStakeholderGroups() {
		browser.signIn(MEMBER);
		browser.visit("/portfolio", "portfolio");
		assertThat(browser.heading()).isEqualTo("The portfolio of issues");
		int allIssues = count(By.cssSelector(".cards > li"));

		new Select(browser.fieldLabelled("Status")).selectByVisibleText("Active");
		browser.clickButton("Show");
		assertThat(browser.driver().getCurrentUrl()).contains("status=ACTIVE");
		browser.checkPage("portfolio-active");
		assertThat(new Select(browser.fieldLabelled("Status")).getFirstSelectedOption().getText()).isEqualTo("Active");
		List<String> badges = browser.texts(By.cssSelector(".cards > li .badge"));
		assertThat(badges).isNotEmpty().hasSizeLessThan(allIssues).allMatch("Active"::equals);

		WebElement firstIssue = browser.driver().findElement(By.cssSelector(".cards > li h2 a"));
		String issueName = firstIssue.getText();
		browser.follow(firstIssue);
		browser.checkPage("issue");
		assertThat(browser.heading()).isEqualTo(issueName);
		assertThat(browser.pageText()).contains("Levels of scale it spans");

		browser.clickLink("Places");
		browser.checkPage("places");
		assertThat(browser.heading()).isEqualTo("Places");
		WebElement aState = browser.driver().findElement(By.cssSelector(".tree > li > ul > li > a"));
		String stateName = aState.getText();
		browser.follow(aState);
		browser.checkPage("place");
		assertThat(browser.heading()).isEqualTo(stateName);
		assertThat(browser.text(By.cssSelector(".breadcrumbs [aria-current=page]"))).isEqualTo(stateName);
		assertThat(browser.pageText()).contains("A place at the State level.");
		assertThat(count(By.cssSelector("main ul.tree li"))).isPositive();

		browser.clickLink("Levels of scale");
		browser.checkPage("levels");
		assertThat(browser.texts(By.cssSelector("main ol > li strong"))).containsSubsequence("National", "State",
				"District", "School/Program");

		browser.clickLink("Stakeholder groups");
		browser.checkPage("stakeholder-groups");
		assertThat(browser.texts(By.cssSelector("main table tbody tr td:first-child"))).contains("Educators",
				"Families", "Researchers");
	}

	@Test
	void aMemberFindsPractitionersByTypingAPlacesName() {
		browser.signIn(MEMBER);
		browser.visit("/practitioners", "practitioners");
		String everyone = resultCount();
		WebElement place = browser.fieldLabelled("Place (and places within)");
		place.sendKeys("Ohi");
		browser.waiting().until(d -> browser.driver().findElements(By.cssSelector("#where-places option")).stream()
				.anyMatch(o -> o.getDomAttribute("value").startsWith("Ohio")));
		place.sendKeys("o");
		browser.button("Show").click();
		browser.waiting().until(ExpectedConditions.urlContains("where=Ohio"));
		browser.waiting().until(d -> !resultCount().equals(everyone));
		browser.checkPage("practitioners-in-ohio");
		assertThat(browser.fieldLabelled("Place (and places within)").getDomProperty("value")).startsWith("Ohio");
		assertThat(browser.texts(By.cssSelector("#results .cards > li .hint"))).isNotEmpty();
	}

	@Test
	void aMemberFindsPractitionersByStakeholderGroupAndOpensAProfile() {
		browser.signIn(MEMBER);
		browser.visit("/practitioners", "practitioners");
		String everyone = resultCount();

		new Select(browser.fieldLabelled("Stakeholder group")).selectByVisibleText("Families");
		browser.button("Show").click();
		browser.waiting().until(ExpectedConditions.urlContains("group="));
		browser.waiting().until(d -> !resultCount().equals(everyone));
		browser.checkPage("practitioners-families");
		List<WebElement> cards = browser.driver().findElements(By.cssSelector("#results .cards > li"));
		assertThat(cards).isNotEmpty();
		assertThat(cards).allSatisfy(card -> assertThat(card.findElements(By.cssSelector(".tags li")))
				.extracting(WebElement::getText).contains("Families"));

		browser.driver().navigate().refresh();
		browser.checkPage("practitioners-families-reloaded");
		assertThat(new Select(browser.fieldLabelled("Stakeholder group")).getFirstSelectedOption().getText())
				.isEqualTo("Families");
		assertThat(count(By.cssSelector("#results .cards > li"))).isEqualTo(cards.size());

		WebElement someone = browser.driver().findElement(By.cssSelector("#results .cards > li h2 a"));
		String name = someone.getText();
		browser.follow(someone);
		browser.checkPage("practitioner");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.texts(By.cssSelector("main .tags li"))).contains("Families");
		assertThat(browser.pageText()).contains("Practice context", "Concerns", "Weekly availability");
	}

	@Test
	void aMemberChangesTheirNameConcernsAndAvailabilityAndSeesThemSaved() {
		browser.signIn(MEMBER);
		browser.visit("/profile/edit", "profile-edit");
		assertThat(browser.heading()).isEqualTo("Edit your profile");

		WebElement name = browser.fieldLabelled("Your name as others see it");
		name.clear();
		name.sendKeys("Tala Abernathy-Reyes");
		String concern = tickFirstUntickedConcern();
		int row = firstEmptyAvailabilityRow();
		new Select(browser.driver().findElement(By.id("day-" + row))).selectByVisibleText("Saturday");
		setTime(browser.driver().findElement(By.id("start-" + row)), "09:30");
		setTime(browser.driver().findElement(By.id("end-" + row)), "11:00");
		browser.clickButton("Save");

		assertThat(browser.path()).isEqualTo("/profile");
		browser.checkPage("profile-saved");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]"))).isEqualTo("Your profile is saved.");
		assertThat(browser.heading()).isEqualTo("Tala Abernathy-Reyes");
		assertThat(browser.texts(By.cssSelector("[aria-labelledby=h-concerns] ul li"))).contains(concern);
		assertThat(browser.texts(By.cssSelector("[aria-labelledby=h-concerns] ul li")))
				.contains("Saturday, 09:30–11:00");
	}

	@Test
	void anEmptyNameIsExplainedAtTheTopAndNextToTheFieldAndWhatWasTypedIsKept() {
		browser.signIn(MEMBER);
		browser.visit("/profile/edit", "profile-edit");

		browser.fieldLabelled("Your name as others see it").clear();
		WebElement expertise = browser.fieldLabelled("Expertise");
		expertise.clear();
		expertise.sendKeys("Leading my own IEP meetings");
		String concern = tickFirstUntickedConcern();
		int row = firstEmptyAvailabilityRow();
		new Select(browser.driver().findElement(By.id("day-" + row))).selectByVisibleText("Sunday");
		setTime(browser.driver().findElement(By.id("start-" + row)), "14:00");
		setTime(browser.driver().findElement(By.id("end-" + row)), "15:30");
		browser.clickButton("Save");

		browser.checkPage("profile-error");
		WebElement summary = browser.driver().findElement(By.cssSelector(".error-summary[role=alert]"));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Please check the form");
		assertThat(focused().getDomAttribute("id")).as("focus starts at the error summary").isEqualTo("error-summary");
		WebElement summaryLink = summary.findElement(By.cssSelector("a[href='#displayName']"));
		assertThat(summaryLink.getText()).isEqualTo("Give the name others should see");

		WebElement nameField = browser.fieldLabelled("Your name as others see it");
		WebElement nextToIt = nameField.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
				.findElement(By.cssSelector(".field-error"));
		assertThat(nextToIt.getText()).isEqualTo("Give the name others should see");
		assertThat(nameField.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(nameField.getDomAttribute("aria-describedby")).contains(nextToIt.getDomAttribute("id"));

		assertThat(nameField.getDomProperty("value")).isEmpty();
		assertThat(browser.fieldLabelled("Expertise").getDomProperty("value")).isEqualTo("Leading my own IEP meetings");
		assertThat(browser.fieldLabelled(concern).isSelected()).isTrue();
		assertThat(new Select(browser.driver().findElement(By.id("day-" + row))).getFirstSelectedOption().getText())
				.isEqualTo("Sunday");
		assertThat(browser.driver().findElement(By.id("start-" + row)).getDomProperty("value")).isEqualTo("14:00");
		assertThat(browser.driver().findElement(By.id("end-" + row)).getDomProperty("value")).isEqualTo("15:30");

		summaryLink.click();
		assertThat(focused().getDomAttribute("id")).isEqualTo("displayName");
	}

	@Test
	void aMemberSignsOutAndTheirPagesAskForSignInAgain() {
		browser.signIn(MEMBER);
		browser.visit("/profile", "profile");
		browser.useMenu("Sign out");

		assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in?signedOut");
		browser.checkPage("signed-out");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]")))
				.isEqualTo("You are signed out. See you soon.");
		browser.driver().get(browser.url("/profile"));
		assertThat(browser.path()).isEqualTo("/sign-in");
	}

	@Test
	void aStewardReadsAccountsButNobodysMailAndCreatesATokenShownOnlyOnce() {
		browser.signIn(STEWARD);
		browser.checkPage("home-steward");

		browser.useMenu("Stewardship");
		browser.checkPage("steward-accounts");
		assertThat(browser.heading()).isEqualTo("Accounts and roles");
		assertThat(browser.texts(By.cssSelector("main table tbody td:first-child"))).isNotEmpty();

		// mail holds people's one-time links: no page shows it, to stewards neither
		assertThat(browser.driver().findElements(By.linkText("Outbox"))).isEmpty();

		browser.clickLink("Deletions after a restore");
		browser.checkPage("steward-deletions");
		assertThat(browser.heading()).isEqualTo("Deletions after a restore");
		browser.clickButton("Delete these accounts again");
		assertThat(browser.texts(By.cssSelector(".error-summary li"))).hasSize(2);
		browser.checkPage("steward-deletions-refused");

		browser.useMenu("Account");
		browser.checkPage("account");
		assertThat(browser.heading()).isEqualTo("Your account");
		browser.fieldLabelled("Name of the new token").sendKeys("weekly report");
		browser.clickButton("Create a token");

		assertThat(browser.path()).isEqualTo("/account");
		browser.checkPage("account-token-created");
		WebElement notice = browser.driver().findElement(By.cssSelector("main .notice[role=status]"));
		assertThat(notice.getText()).contains("Token “weekly report” created.",
				"Copy it now: it is shown only this once.");
		String token = browser.text(By.id("new-token"));
		assertThat(token).startsWith("cst_");

		browser.driver().navigate().refresh();
		browser.checkPage("account-after-reload");
		assertThat(browser.driver().findElements(By.id("new-token"))).isEmpty();
		assertThat(browser.driver().getPageSource()).doesNotContain(token);
		assertThat(browser.texts(By.cssSelector("main table tbody td:first-child"))).contains("weekly report");
	}

	@Test
	void aNewAccountStartsInTheBrowsersTimeZone() {
		browser.visit("/sign-up", "sign-up");
		String browserZone = (String) browser.driver()
				.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
		assertThat(browser.driver().findElement(By.id("timeZone")).getDomProperty("value")).isNotBlank()
				.isEqualTo(browserZone);
	}

	// What a person does

	private void pressTab() {
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
	}

	/** Types a time as a person does in Chromium's time field. */
	private void setTime(WebElement field, String hhmm) {
		field.sendKeys(hhmm.replace(":", ""));
		if (!hhmm.equals(field.getDomProperty("value"))) {
			// a 12-hour locale asks for the half of the day as well
			field.sendKeys(Integer.parseInt(hhmm.substring(0, 2)) < 12 ? "AM" : "PM");
		}
		assertThat(field.getDomProperty("value")).as("time typed into %s", field.getDomAttribute("id")).isEqualTo(hhmm);
	}

	private String tickFirstUntickedConcern() {
		WebElement box = browser.driver().findElements(By.cssSelector("#concernIds input[type=checkbox]")).stream()
				.filter(b -> !b.isSelected()).findFirst().orElseThrow();
		String label = browser.text(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']"));
		box.click();
		return label;
	}

	private int firstEmptyAvailabilityRow() {
		for (int i = 0;; i++) {
			Select day = new Select(browser.driver().findElement(By.id("day-" + i)));
			if (day.getFirstSelectedOption().getDomProperty("value").isEmpty()) {
				return i;
			}
		}
	}

	// What a person reads

	private String resultCount() {
		return browser.text(By.cssSelector("#results > p"));
	}

	private WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	private int count(By by) {
		return browser.driver().findElements(by).size();
	}
}
