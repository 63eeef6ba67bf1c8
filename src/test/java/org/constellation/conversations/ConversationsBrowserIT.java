package org.constellation.conversations;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Visibility;
import org.constellation.people.People;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Members talking in a community, in a real headless Chromium, with axe-core on
 * every page they see. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationsBrowserIT {

	static final String FIRST = "member51@example.org";
	static final String SECOND = "member52@example.org";
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	@Autowired
	ConversationService conversations;

	private ChromeDriver browser;
	private WebDriverWait wait;
	private Path userDataDir;
	private long community;

	@BeforeAll
	void startBrowser() throws IOException {
		community = ConversationFixtures.community(communities, people, Visibility.MEMBERS, FIRST, SECOND);
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
	void aMemberBringsAChallengeToTheirCommunity() {
		signIn(FIRST);
		visit("/communities/" + community + "/threads", "conversations-list");
		assertThat(main()).contains("Only the 2 members of");

		clickLink("Start a conversation");
		checkPage("conversations-new");
		assertThat(heading()).isEqualTo("Start a conversation");
		fieldLabelled("Challenge or dilemma").click();
		fieldLabelled("Title").sendKeys("Two good goals that pull against each other");
		fieldLabelled("What you would like to bring")
				.sendKeys("Inclusion and quiet time for focused work: both are right. How do you hold both?");
		clickButton("Start the conversation");

		checkPage("conversations-challenge");
		assertThat(heading()).isEqualTo("Two good goals that pull against each other");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.startsWith("Your conversation is started.");
		assertThat(main()).contains("Challenge or dilemma", "Only the 2 members of", "Stop following");

		clickLink("All conversations in " + communityName());
		checkPage("conversations-list-with-challenge");
		assertThat(texts(By.cssSelector(".thread-list h2"))).contains("Two good goals that pull against each other");

		visit("/communities/" + community, "conversations-on-community-home");
		WebElement section = browser.findElement(By.cssSelector(".conversations-section"));
		assertThat(section.getText()).contains("Challenge or dilemma", "Two good goals that pull against each other",
				"All conversations", "Start a conversation");
	}

	@Test
	void anotherMemberIsNudgedFromButToAndThenBuildsOnAStory() {
		long story = conversations.start(ConversationFixtures.as(people, FIRST), community,
				new ThreadDraft(ThreadKind.STORY, "The day a student ran her own meeting",
						"Maya made slides and told us what helps her on hard days.", null))
				.id();
		signIn(SECOND);
		visit("/threads/" + story, "conversations-story");
		assertThat(main()).contains("Story", "No replies yet.");

		WebElement reply = fieldLabelled("Reply");
		WebElement hint = browser.findElement(By.id("but-hint"));
		assertThat(hint.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(hint.getText()).isEmpty();
		reply.sendKeys("But did the teachers agree?");
		wait.until(d -> !hint.getText().isEmpty());
		assertThat(hint.getText()).startsWith("Try building on it: \u2018and\u2026\u2019");
		checkPage("conversations-but-hint");

		reply.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		reply.sendKeys("And\u2026 she could teach the rest of us how to listen.");
		wait.until(d -> hint.getText().isEmpty());
		assertThat(fieldLabelled("Builds on it (\u201cand\u2026\u201d)").isSelected()).isTrue();
		clickButton("Post reply");

		checkPage("conversations-story-built-on");
		assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText())
				.startsWith("Your reply is posted.");
		assertThat(texts(By.cssSelector(".replies .markdown")))
				.containsExactly("And\u2026 she could teach the rest of us how to listen.");
		assertThat(texts(By.cssSelector(".replies .reply-meta .thread-kind")))
				.containsExactly("Builds on it (\u201cand\u2026\u201d)");
	}

	// What a person does

	private void signIn(String email) {
		browser.get(url("/sign-in"));
		fieldLabelled("Email").sendKeys(email);
		fieldLabelled("Password").sendKeys("constellation");
		clickButton("Sign in");
	}

	private void visit(String path, String name) {
		browser.get(url(path));
		checkPage(name);
	}

	private void clickLink(String text) {
		follow(browser.findElement(By.linkText(text)));
	}

	private void clickButton(String text) {
		follow(browser.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]")));
	}

	private void follow(WebElement linkOrButton) {
		WebElement oldPage = browser.findElement(By.tagName("html"));
		linkOrButton.click();
		wait.until(driver -> isGone(oldPage));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
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
		WebElement labelElement = browser.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
		return browser.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	// What a person reads

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private String communityName() {
		return communities.names(List.of(community)).get(community);
	}

	private List<String> texts(By by) {
		return browser.findElements(by).stream().map(WebElement::getText).toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String literal(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	// Accessibility and screenshots

	private void checkPage(String name) {
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		try {
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
		assertThat(results.isErrored()).as("axe could not run: %s", results.getErrorMessage()).isFalse();
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
