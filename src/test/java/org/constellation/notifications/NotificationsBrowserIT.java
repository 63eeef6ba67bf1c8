package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.people.People;
import org.constellation.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member reads their notifications and chooses how they hear of things; a
 * person stops a kind of mail from the link in it, without signing in. Every
 * page is checked with axe-core; screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserIT {

	private static final String MEMBER = "member46@example.org";
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	People people;

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

	@BeforeEach
	void startSignedOut() {
		browser.get(url("/"));
		browser.manage().deleteAllCookies();
	}

	@Test
	void aMemberReadsTheirNotificationsMarksThemReadAndChoosesADailySummary() {
		long member = people.practitionerIdByEmail(MEMBER).orElseThrow();
		notifications.send(new Notice(member, Topic.MEMBERSHIP, "Welcome to Inclusive Classrooms",
				"Your request to join was accepted.", "/profile"));
		notifications.send(new Notice(member, Topic.REPLY, "Priya replied to your story",
				"And we found the same with our paraprofessionals.", "/profile"));

		signIn(MEMBER);
		visit("/notifications");
		assertThat(heading()).isEqualTo("Your notifications");
		WebElement newest = browser.findElement(By.cssSelector(".notice-list > li"));
		assertThat(newest.findElement(By.cssSelector("h2")).getText()).isEqualTo("Priya replied to your story");
		assertThat(newest.findElement(By.cssSelector(".badge-unread")).getText()).isEqualTo("Unread");
		assertThat(browser.findElement(By.cssSelector(".unread-total")).getText()).endsWith("unread");

		clickButton("Mark all as read");
		checkPage("notifications-read");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.isEqualTo("All your notifications are marked as read.");
		assertThat(browser.findElements(By.cssSelector(".badge-unread"))).isEmpty();
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Mark all as read']"))).isEmpty();

		follow(browser.findElement(By.linkText("Priya replied to your story")));
		assertThat(path()).isEqualTo("/profile");

		visit("/account");
		follow(browser.findElement(By.linkText("Choose what Constellation emails you")));
		checkPage("notification-preferences");
		assertThat(heading()).isEqualTo("How you hear of things");
		WebElement replies = fieldset("Replies");
		assertThat(radio(replies, "Right away, by email").isSelected()).isTrue();
		assertThat(radio(fieldset("New conversations"), "In one summary email a day, in your morning").isSelected())
				.isTrue();

		radio(replies, "In one summary email a day, in your morning").click();
		radio(fieldset("Gathering reminders"), "No email: only in your notifications here").click();
		clickButton("Save my choices");

		assertThat(path()).isEqualTo("/account/notifications");
		checkPage("notification-preferences-saved");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.isEqualTo("Your choices are saved. They apply to news from now on.");
		assertThat(radio(fieldset("Replies"), "In one summary email a day, in your morning").isSelected()).isTrue();
		assertThat(radio(fieldset("Gathering reminders"), "No email: only in your notifications here").isSelected())
				.isTrue();
		assertThat(radio(fieldset("Mentions"), "Right away, by email").isSelected()).isTrue();
	}

	@Test
	void aPersonStopsOneKindOfMailFromTheLinkInItWithoutSigningIn() {
		String email = "member51@example.org";
		long member = people.practitionerIdByEmail(email).orElseThrow();
		notifications.send(new Notice(member, Topic.JOIN_REQUEST, "Marcus asks to join Family Voices",
				"Why I'm here: my son starts middle school.", "/profile"));
		String body = Api.as(port, "steward@example.org").get("/api/v1/outbox?size=50").json().get("content")
				.valueStream().filter(m -> m.get("recipient").asString().equals(email)).findFirst().orElseThrow()
				.get("body").asString();
		Matcher link = Pattern.compile("/notifications/unsubscribe/[A-Za-z0-9_-]+").matcher(body);
		assertThat(link.find()).isTrue();

		visit(link.group());
		assertThat(heading()).isEqualTo("Stop emails");
		assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("This link stops the emails about requests to join the communities you convene.");
		clickButton("Stop these emails");
		checkPage("unsubscribed");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.isEqualTo("Done: you will no longer get emails about requests to join the communities you convene.");
	}

	// What a person does

	private void signIn(String email) {
		browser.get(url("/sign-in"));
		fieldLabelled("Email").sendKeys(email);
		fieldLabelled("Password").sendKeys("constellation");
		clickButton("Sign in");
		assertThat(path()).as("signed in as %s", email).isEqualTo("/");
	}

	private void visit(String path) {
		browser.get(url(path));
		checkPage(path.substring(1).replace('/', '-').replaceAll("unsubscribe-.*", "unsubscribe"));
	}

	private void clickButton(String text) {
		follow(browser.findElement(By.xpath("//button[normalize-space()='" + text + "']")));
	}

	private void follow(WebElement linkOrButton) {
		WebElement oldPage = browser.findElement(By.tagName("html"));
		linkOrButton.click();
		wait.until(driver -> isGone(oldPage));
		wait.until(
				driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

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

	private WebElement fieldLabelled(String label) {
		WebElement labelElement = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		return browser.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	/** A radio group, found by its legend as a screen reader announces it. */
	private WebElement fieldset(String legend) {
		return browser.findElement(By.xpath("//fieldset[legend[normalize-space()='" + legend + "']]"));
	}

	private static WebElement radio(WebElement fieldset, String label) {
		WebElement labelElement = fieldset.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
		return fieldset.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private String path() {
		return (String) ((JavascriptExecutor) browser).executeScript("return location.pathname");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void checkPage(String name) {
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		try {
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
		assertThat(results.isErrored()).as("axe could not run on %s: %s", path(), results.getErrorMessage()).isFalse();
		assertThat(results.getViolations()).extracting(Rule::getId)
				.as(() -> "accessibility violations on " + browser.getCurrentUrl() + "\n"
						+ results.getViolations().stream()
								.map(r -> "- " + r.getId() + ": " + r.getHelp() + " at "
										+ r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
												.collect(Collectors.joining(", ")))
								.collect(Collectors.joining("\n")))
				.isEmpty();
	}
}
