package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
	private static final String PASSWORD = "constellation";
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	private ChromeDriver browser;
	private WebDriverWait wait;
	private Path userDataDir;

	@BeforeAll
	void startBrowser() throws IOException {
		userDataDir = Files.createTempDirectory("constellation-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + userDataDir.toAbsolutePath());
		browser = new ChromeDriver(options);
		browser.manage().window().setSize(new Dimension(1280, 900));
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (userDataDir != null) {
			try (Stream<Path> files = Files.walk(userDataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** Each journey starts as a stranger without a session. */
	@BeforeEach
	void startSignedOut() {
		browser.get(url("/"));
		browser.manage().deleteAllCookies();
	}

	// The journeys

	@Test
	void aMemberSignsInFromTheHomePageWithTheLabelledFields() {
		visit("/");
		assertThat(heading()).isEqualTo("Learning together, from a single school to the whole nation");

		clickLink("Sign in");
		checkPage("sign-in");
		fieldLabelled("Email").sendKeys(MEMBER);
		fieldLabelled("Password").sendKeys(PASSWORD);
		clickButton("Sign in");

		assertThat(path()).isEqualTo("/");
		assertThat(texts(By.cssSelector(".cards h2"))).containsExactly("The portfolio of issues", "Practitioners",
				"Your profile");
		checkPage("home");
	}

	@Test
	void theKeyboardAloneReachesTheSkipLinkFirstThenEmailPasswordAndButton() {
		visit("/sign-in");

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
		focused().sendKeys(PASSWORD);
		pressTab();
		assertThat(focused().getTagName()).isEqualTo("button");
		assertThat(focused().getText()).isEqualTo("Sign in");
		focused().sendKeys(Keys.ENTER);

		wait.until(ExpectedConditions.urlToBe(url("/")));
		assertThat(texts(By.cssSelector(".site-nav button"))).containsExactly("Sign out");
	}

	@Test
	void aMemberBrowsesIssuesPlacesLevelsAndStakeholderGroups() {
		signIn(MEMBER);
		visit("/portfolio");
		assertThat(heading()).isEqualTo("The portfolio of issues");
		int allIssues = count(By.cssSelector(".cards > li"));

		new Select(fieldLabelled("Status")).selectByVisibleText("Active");
		clickButton("Show");
		assertThat(browser.getCurrentUrl()).contains("status=ACTIVE");
		checkPage("portfolio-active");
		assertThat(new Select(fieldLabelled("Status")).getFirstSelectedOption().getText()).isEqualTo("Active");
		List<String> badges = texts(By.cssSelector(".cards > li .badge"));
		assertThat(badges).isNotEmpty().hasSizeLessThan(allIssues).allMatch("Active"::equals);

		WebElement firstIssue = browser.findElement(By.cssSelector(".cards > li h2 a"));
		String issueName = firstIssue.getText();
		follow(firstIssue);
		checkPage("issue");
		assertThat(heading()).isEqualTo(issueName);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Levels of scale it spans");

		clickLink("Places");
		checkPage("places");
		assertThat(heading()).isEqualTo("Places");
		WebElement aState = browser.findElement(By.cssSelector(".tree > li > ul > li > a"));
		String stateName = aState.getText();
		follow(aState);
		checkPage("place");
		assertThat(heading()).isEqualTo(stateName);
		assertThat(browser.findElement(By.cssSelector(".breadcrumbs [aria-current=page]")).getText())
				.isEqualTo(stateName);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("A place at the State level.");
		assertThat(count(By.cssSelector("main ul.tree li"))).isPositive();

		clickLink("Levels of scale");
		checkPage("levels");
		assertThat(texts(By.cssSelector("main ol > li strong"))).containsSubsequence("National", "State", "District",
				"School/Program");

		clickLink("Stakeholder groups");
		checkPage("stakeholder-groups");
		assertThat(texts(By.cssSelector("main table tbody tr td:first-child"))).contains("Educators", "Families",
				"Researchers");
	}

	@Test
	void aMemberFindsPractitionersByStakeholderGroupAndOpensAProfile() {
		signIn(MEMBER);
		visit("/practitioners");
		String everyone = resultCount();

		new Select(fieldLabelled("Stakeholder group")).selectByVisibleText("Families");
		button("Show").click();
		wait.until(ExpectedConditions.urlContains("group="));
		wait.until(d -> !resultCount().equals(everyone));
		checkPage("practitioners-families");
		List<WebElement> cards = browser.findElements(By.cssSelector("#results .cards > li"));
		assertThat(cards).isNotEmpty();
		assertThat(cards).allSatisfy(card -> assertThat(card.findElements(By.cssSelector(".tags li")))
				.extracting(WebElement::getText).contains("Families"));

		browser.navigate().refresh();
		checkPage("practitioners-families-reloaded");
		assertThat(new Select(fieldLabelled("Stakeholder group")).getFirstSelectedOption().getText())
				.isEqualTo("Families");
		assertThat(count(By.cssSelector("#results .cards > li"))).isEqualTo(cards.size());

		WebElement someone = browser.findElement(By.cssSelector("#results .cards > li h2 a"));
		String name = someone.getText();
		follow(someone);
		checkPage("practitioner");
		assertThat(heading()).isEqualTo(name);
		assertThat(texts(By.cssSelector("main .tags li"))).contains("Families");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Practice context", "Concerns",
				"Weekly availability");
	}

	@Test
	void aMemberChangesTheirNameConcernsAndAvailabilityAndSeesThemSaved() {
		signIn(MEMBER);
		visit("/profile/edit");
		assertThat(heading()).isEqualTo("Edit your profile");

		WebElement name = fieldLabelled("Your name as others see it");
		name.clear();
		name.sendKeys("Tala Abernathy-Reyes");
		String concern = tickFirstUntickedConcern();
		int row = firstEmptyAvailabilityRow();
		new Select(browser.findElement(By.id("day-" + row))).selectByVisibleText("Saturday");
		setTime(browser.findElement(By.id("start-" + row)), "09:30");
		setTime(browser.findElement(By.id("end-" + row)), "11:00");
		clickButton("Save");

		assertThat(path()).isEqualTo("/profile");
		checkPage("profile-saved");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.isEqualTo("Your profile is saved.");
		assertThat(heading()).isEqualTo("Tala Abernathy-Reyes");
		assertThat(texts(By.cssSelector("[aria-labelledby=h-concerns] ul li"))).contains(concern);
		assertThat(texts(By.cssSelector("[aria-labelledby=h-concerns] ul li"))).contains("Saturday, 09:30–11:00");
	}

	@Test
	void anEmptyNameIsExplainedAtTheTopAndNextToTheFieldAndWhatWasTypedIsKept() {
		signIn(MEMBER);
		visit("/profile/edit");

		fieldLabelled("Your name as others see it").clear();
		WebElement expertise = fieldLabelled("Expertise");
		expertise.clear();
		expertise.sendKeys("Leading my own IEP meetings");
		String concern = tickFirstUntickedConcern();
		int row = firstEmptyAvailabilityRow();
		new Select(browser.findElement(By.id("day-" + row))).selectByVisibleText("Sunday");
		setTime(browser.findElement(By.id("start-" + row)), "14:00");
		setTime(browser.findElement(By.id("end-" + row)), "15:30");
		clickButton("Save");

		checkPage("profile-error");
		WebElement summary = browser.findElement(By.cssSelector(".error-summary[role=alert]"));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Please check the form");
		assertThat(focused().getDomAttribute("id")).as("focus starts at the error summary").isEqualTo("error-summary");
		WebElement summaryLink = summary.findElement(By.cssSelector("a[href='#displayName']"));
		assertThat(summaryLink.getText()).isEqualTo("Give the name others should see");

		WebElement nameField = fieldLabelled("Your name as others see it");
		WebElement nextToIt = nameField.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
				.findElement(By.cssSelector(".field-error"));
		assertThat(nextToIt.getText()).isEqualTo("Give the name others should see");
		assertThat(nameField.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(nameField.getDomAttribute("aria-describedby")).contains(nextToIt.getDomAttribute("id"));

		assertThat(nameField.getDomProperty("value")).isEmpty();
		assertThat(fieldLabelled("Expertise").getDomProperty("value")).isEqualTo("Leading my own IEP meetings");
		assertThat(fieldLabelled(concern).isSelected()).isTrue();
		assertThat(new Select(browser.findElement(By.id("day-" + row))).getFirstSelectedOption().getText())
				.isEqualTo("Sunday");
		assertThat(browser.findElement(By.id("start-" + row)).getDomProperty("value")).isEqualTo("14:00");
		assertThat(browser.findElement(By.id("end-" + row)).getDomProperty("value")).isEqualTo("15:30");

		summaryLink.click();
		assertThat(focused().getDomAttribute("id")).isEqualTo("displayName");
	}

	@Test
	void aMemberSignsOutAndTheirPagesAskForSignInAgain() {
		signIn(MEMBER);
		visit("/profile");
		clickButton("Sign out");

		assertThat(browser.getCurrentUrl()).endsWith("/sign-in?signedOut");
		checkPage("signed-out");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.isEqualTo("You are signed out. See you soon.");
		browser.get(url("/profile"));
		assertThat(path()).isEqualTo("/sign-in");
	}

	@Test
	void aStewardReadsAccountsAndOutboxAndCreatesATokenShownOnlyOnce() {
		signIn(STEWARD);
		checkPage("home-steward");

		clickLink("Stewardship");
		checkPage("steward-accounts");
		assertThat(heading()).isEqualTo("Accounts and roles");
		assertThat(texts(By.cssSelector("main table tbody td:first-child"))).isNotEmpty();

		clickLink("Outbox");
		checkPage("steward-outbox");
		assertThat(heading()).isEqualTo("Outbox");

		clickLink("Account");
		checkPage("account");
		assertThat(heading()).isEqualTo("Your account");
		fieldLabelled("Name of the new token").sendKeys("weekly report");
		clickButton("Create a token");

		assertThat(path()).isEqualTo("/account");
		checkPage("account-token-created");
		WebElement notice = browser.findElement(By.cssSelector("main .notice[role=status]"));
		assertThat(notice.getText()).contains("Token “weekly report” created.",
				"Copy it now: it is shown only this once.");
		String token = browser.findElement(By.id("new-token")).getText();
		assertThat(token).startsWith("cst_");

		browser.navigate().refresh();
		checkPage("account-after-reload");
		assertThat(browser.findElements(By.id("new-token"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain(token);
		assertThat(texts(By.cssSelector("main table tbody td:first-child"))).contains("weekly report");
	}

	@Test
	void aNewAccountStartsInTheBrowsersTimeZone() {
		visit("/sign-up");
		String browserZone = (String) browser.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
		assertThat(browser.findElement(By.id("timeZone")).getDomProperty("value")).isNotBlank().isEqualTo(browserZone);
	}

	// What a person does

	private void signIn(String email) {
		browser.get(url("/sign-in"));
		fieldLabelled("Email").sendKeys(email);
		fieldLabelled("Password").sendKeys(PASSWORD);
		clickButton("Sign in");
		assertThat(path()).as("signed in as %s", email).isEqualTo("/");
	}

	/** Opens a page by its address, then checks it with axe. */
	private void visit(String path) {
		browser.get(url(path));
		checkPage(path.equals("/") ? "home-signed-out" : path.substring(1).replace('/', '-'));
	}

	/** Clicks a link and waits for the page it opens. */
	private void clickLink(String text) {
		follow(browser.findElement(By.linkText(text)));
	}

	/**
	 * Presses a button that sends its form, and waits for the page that answers.
	 */
	private void clickButton(String text) {
		follow(button(text));
	}

	private void follow(WebElement linkOrButton) {
		WebElement oldPage = browser.findElement(By.tagName("html"));
		linkOrButton.click();
		wait.until(driver -> isGone(oldPage));
		wait.until(
				driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * The old page is gone once its root is stale; while the next page replaces it,
	 * Chromium may also answer that the node no longer belongs to the document,
	 * which means the same.
	 */
	private static boolean isGone(WebElement oldPage) {
		try {
			oldPage.isEnabled();
			return false;
		} catch (StaleElementReferenceException e) {
			return true;
		} catch (WebDriverException e) {
			return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
		}
	}

	private WebElement button(String text) {
		return browser.findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
	}

	private void pressTab() {
		new Actions(browser).sendKeys(Keys.TAB).perform();
	}

	/** The control a label names, found as a screen reader would: by its label. */
	private WebElement fieldLabelled(String label) {
		WebElement labelElement = browser
				.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
		return browser.findElement(By.id(labelElement.getDomAttribute("for")));
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
		WebElement box = browser.findElements(By.cssSelector("#concernIds input[type=checkbox]")).stream()
				.filter(b -> !b.isSelected()).findFirst().orElseThrow();
		String label = browser.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']")).getText();
		box.click();
		return label;
	}

	private int firstEmptyAvailabilityRow() {
		for (int i = 0;; i++) {
			Select day = new Select(browser.findElement(By.id("day-" + i)));
			if (day.getFirstSelectedOption().getDomProperty("value").isEmpty()) {
				return i;
			}
		}
	}

	// What a person reads

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private String resultCount() {
		return browser.findElement(By.cssSelector("#results > p")).getText();
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private List<String> texts(By by) {
		return browser.findElements(by).stream().map(WebElement::getText).toList();
	}

	private int count(By by) {
		return browser.findElements(by).size();
	}

	private String path() {
		return (String) ((JavascriptExecutor) browser).executeScript("return location.pathname");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	// Accessibility and screenshots

	/**
	 * Saves a screenshot of the page as {@code target/screenshots/<name>.png}, then
	 * runs axe-core on it and fails with what to fix.
	 */
	private void checkPage(String name) {
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		screenshot(name);
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
		assertThat(results.isErrored()).as("axe could not run on %s: %s", path(), results.getErrorMessage()).isFalse();
		assertThat(results.getViolations()).extracting(Rule::getId).as(() -> "accessibility violations on "
				+ browser.getCurrentUrl() + "\n" + describe(results.getViolations())).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
				.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
						+ rule.getHelpUrl() + "\n"
						+ rule.getNodes().stream().map(BrowserJourneyIT::describe).collect(Collectors.joining("\n")))
				.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
	}

	private void screenshot(String name) {
		try {
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}
}
