package org.constellation.communities;

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
import org.constellation.people.People;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	private ChromeDriver browser;
	private WebDriverWait wait;
	private Path userDataDir;
	private long community;

	@BeforeAll
	void startBrowser() throws IOException {
		community = RepertoireFixtures.community(communities, people, true, CONVENER, MEMBER);
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

	@Test
	void aMemberAddsToTheRepertoireAndGlossaryProposesWorkAndFindsItAllBySearch() {
		signIn(MEMBER);

		visit("/communities/" + community + "/repertoire", "repertoire-empty");
		assertThat(main()).contains("The repertoire is empty for now.")
				.contains("Only the members of " + communityName() + " can read what is written here.");

		clickLink("Add to the repertoire");
		clickButton("Add it");
		checkPage("repertoire-new-errors");
		assertThat(texts(By.cssSelector(".error-summary li"))).contains("Choose what kind of thing this is",
				"Give it a title");
		fieldLabelled("Title").sendKeys("Read-aloud checklist");
		assertThat(browser.findElement(By.id("kind-TOOL")).isSelected()).isFalse();
		browser.findElement(By.cssSelector("label[for='kind-TOOL']")).click();
		fieldLabelled("Web address").sendKeys("javascript:alert(1)");
		fieldLabelled("What it is").sendKeys("Pick a *short* book and read it twice: the lanternfish method.");
		fieldLabelled("Tags").sendKeys("Reading, Families");
		clickButton("Add it");
		checkPage("repertoire-new-bad-address");
		assertThat(text(By.id("url-error"))).isEqualTo("Enter a web address that starts with http:// or https://");
		assertThat(fieldLabelled("Title").getDomProperty("value")).as("what was typed is kept")
				.isEqualTo("Read-aloud checklist");
		fieldLabelled("Web address").clear();
		clickButton("Add it");

		checkPage("artifact");
		assertThat(heading()).isEqualTo("Read-aloud checklist");
		assertThat(text(By.cssSelector(".notice"))).contains("is in the repertoire now");
		assertThat(browser.findElement(By.cssSelector(".prose em")).getText()).isEqualTo("short");
		assertThat(texts(By.cssSelector(".tags a"))).containsExactly("families", "reading");

		clickLink("reading");
		checkPage("repertoire-tag-reading");
		assertThat(browser.getCurrentUrl()).contains("tag=reading");
		assertThat(new Select(fieldLabelled("Tag")).getFirstSelectedOption().getText()).isEqualTo("reading");
		assertThat(texts(By.cssSelector(".repertoire-list h2"))).containsExactly("Read-aloud checklist");

		clickLink("Glossary");
		checkPage("glossary-empty");
		clickLink("Add a term");
		checkPage("glossary-new");
		fieldLabelled("Term").sendKeys("Lanternfish method");
		fieldLabelled("What it means here").sendKeys("Reading one short book twice, aloud, with a family.");
		fieldLabelled("An example").sendKeys("We tried the lanternfish method with the second grade.");
		clickButton("Add the term");
		checkPage("glossary");
		assertThat(texts(By.cssSelector("dl.glossary dt"))).containsExactly("Lanternfish method");
		assertThat(texts(By.cssSelector(".jump-list a"))).containsExactly("L");

		clickLink("Practice work");
		checkPage("practice-empty");
		clickLink("Propose practice work");
		checkPage("practice-new");
		fieldLabelled("Title").sendKeys("Lanternfish evenings");
		fieldLabelled("Goal").sendKeys("Ten families try the lanternfish method for six weeks.");
		clickButton("Propose the work");
		checkPage("practice-work");
		assertThat(heading()).isEqualTo("Lanternfish evenings");
		assertThat(main()).contains("One person taking part");
		new Select(fieldLabelled("Status")).selectByVisibleText("Under way");
		clickButton("Change the status");
		assertThat(text(By.cssSelector(".notice"))).isEqualTo("The work is under way.");
		fieldLabelled("Title of the output").sendKeys("The evening plan");
		fieldLabelled("Web address").sendKeys("https://example.org/evenings");
		clickButton("Record the output");
		checkPage("practice-work-output");
		assertThat(texts(By.cssSelector(".outputs h3"))).containsExactly("The evening plan");

		clickLink("Search");
		checkPage("search-prompt");
		assertThat(main()).contains("Type a word or two");
		fieldLabelled("Words to find").sendKeys("lanternfish");
		clickButton("Find");
		checkPage("search-results");
		assertThat(texts(By.cssSelector(".search-group h2"))).containsExactlyInAnyOrder("Artifact (1)",
				"Glossary term (1)", "Practice work (1)");
		assertThat(texts(By.cssSelector(".search-hits a"))).containsExactlyInAnyOrder("Read-aloud checklist",
				"Lanternfish method", "Lanternfish evenings");

		clickLink("Back to " + communityName());
		checkPage("community-home");
		assertThat(texts(By.cssSelector("#section-practice + ul a"))).containsExactly("Lanternfish evenings");
		assertThat(texts(By.cssSelector("#section-repertoire + ul a"))).containsExactly("Read-aloud checklist");
		assertThat(main()).contains("The glossary (one term)");
	}

	// What a person does

	private void signIn(String email) {
		browser.get(url("/sign-in"));
		fieldLabelled("Email").sendKeys(email);
		fieldLabelled("Password").sendKeys("constellation");
		clickButton("Sign in");
		assertThat(path()).as("signed in as %s", email).isEqualTo("/");
	}

	private void visit(String path, String name) {
		browser.get(url(path));
		checkPage(name);
	}

	private void clickLink(String text) {
		follow(browser.findElement(By.linkText(text)));
	}

	private void clickButton(String text) {
		follow(browser.findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]")));
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

	/** The control a label names, found as a screen reader would: by its label. */
	private WebElement fieldLabelled(String label) {
		WebElement labelElement = browser
				.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
		return browser.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	// What a person reads

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private String text(By by) {
		return browser.findElement(by).getText();
	}

	private List<String> texts(By by) {
		return browser.findElements(by).stream().map(WebElement::getText).toList();
	}

	private String communityName() {
		return communities.community(community).getName();
	}

	private String path() {
		return (String) ((JavascriptExecutor) browser).executeScript("return location.pathname");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	// Accessibility and screenshots

	private void checkPage(String name) {
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		screenshot("repertoire-" + name);
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
		assertThat(results.isErrored()).as("axe could not run on %s: %s", path(), results.getErrorMessage()).isFalse();
		assertThat(results.getViolations()).extracting(Rule::getId).as(() -> "accessibility violations on "
				+ browser.getCurrentUrl() + "\n" + describe(results.getViolations())).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
				.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
						+ rule.getNodes().stream().map(RepertoireBrowserIT::describe).collect(Collectors.joining("\n")))
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
