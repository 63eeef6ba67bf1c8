package org.constellation.gatherings;

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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
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
import org.openqa.selenium.support.ui.WebDriverWait;
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

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	CommunityService communities;

	@Autowired
	PasswordEncoder passwords;

	private ChromeDriver browser;
	private WebDriverWait wait;
	private Path userDataDir;
	private Path downloads;

	@BeforeAll
	void startBrowser() throws IOException {
		userDataDir = Files.createTempDirectory("constellation-chromium-");
		downloads = Files.createTempDirectory("constellation-downloads-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + userDataDir.toAbsolutePath());
		options.setExperimentalOption("prefs", Map.of("download.default_directory",
				downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
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
		for (Path dir : new Path[]{userDataDir, downloads}) {
			if (dir != null) {
				try (Stream<Path> files = Files.walk(dir)) {
					files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
	}

	@Test
	void aMemberProposesAGatheringAndAnotherSaysYesAndDownloadsTheInvite() throws Exception {
		var fixtures = new GatheringFixtures(people, communities, passwords);
		AccountPrincipal convener = fixtures.person("America/Chicago");
		AccountPrincipal proposer = fixtures.person("America/Denver");
		AccountPrincipal guest = fixtures.person("America/New_York");
		long community = fixtures.community(convener, Visibility.PUBLIC, proposer, guest);

		signIn(proposer.email());
		visit("/communities/" + community + "/gatherings", "gatherings-empty");
		assertThat(main()).contains("No gatherings yet");
		clickLink("Propose a gathering");
		checkPage("gathering-form");
		assertThat(browser.findElement(By.id("timeZone")).getDomProperty("value")).isEqualTo("America/Denver");

		fieldLabelled("Title").sendKeys("Co-teaching check-in");
		setValue(fieldLabelled("Date"), LocalDate.now().plusDays(14).toString());
		setValue(fieldLabelled("Start time"), "16:00");
		fieldLabelled("Online link").sendKeys("javascript:alert(1)");
		fieldLabelled("Agenda").sendKeys("1. Check-in\n2. One story each");
		clickButton("Propose the gathering");
		checkPage("gathering-form-error");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("https://");
		assertThat(fieldLabelled("Title").getDomProperty("value")).isEqualTo("Co-teaching check-in");

		fieldLabelled("Online link").clear();
		fieldLabelled("Online link").sendKeys("https://meet.example.org/co-teaching");
		clickButton("Propose the gathering");
		checkPage("gathering-proposed");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Co-teaching check-in");
		assertThat(main()).contains("is proposed").containsPattern("16:00 M[SD]T");
		String gatheringPath = path();

		browser.manage().deleteAllCookies();
		signIn(guest.email());
		visit(gatheringPath, "gathering-guest");
		assertThat(main()).containsPattern("18:00 E[SD]T").contains("You have not answered yet");
		clickButton("Yes, I will come");
		checkPage("gathering-answered");
		assertThat(main()).contains("you are coming").contains("1 yes");

		follow(browser.findElement(By.linkText("Add to my calendar")), false);
		Path invite = wait.until(d -> downloadedInvite());
		String ics = Files.readString(invite);
		assertThat(ics).contains("BEGIN:VCALENDAR").contains("SUMMARY:Co-teaching check-in")
				.contains("TZID=America/Denver");

		visit("/gatherings", "your-calendar");
		assertThat(main()).contains("Co-teaching check-in");
		clickButton("Make my calendar link");
		checkPage("your-calendar-link");
		assertThat(browser.findElement(By.id("feed-url")).getDomProperty("value")).contains("/calendar/")
				.endsWith(".ics");
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private Path downloadedInvite() {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.filter(p -> p.toString().endsWith(".ics")).findFirst().orElse(null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

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
		follow(browser.findElement(By.linkText(text)), true);
	}

	private void clickButton(String text) {
		follow(browser.findElement(By.xpath("//button[normalize-space()='" + text + "']")), true);
	}

	private void follow(WebElement linkOrButton, boolean opensPage) {
		WebElement oldPage = browser.findElement(By.tagName("html"));
		linkOrButton.click();
		if (opensPage) {
			wait.until(driver -> isGone(oldPage));
		}
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

	/**
	 * Date and time fields take their value as the page's script would set it,
	 * whatever the locale.
	 */
	private void setValue(WebElement field, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
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
		assertThat(results.isErrored()).as("axe could not run on %s", path()).isFalse();
		assertThat(results.getViolations()).extracting(Rule::getId)
				.as(() -> "accessibility violations on " + browser.getCurrentUrl() + "\n"
						+ results.getViolations().stream()
								.map(r -> "- " + r.getId() + ": " + r.getHelp() + "\n"
										+ r.getNodes().stream().map(n -> "    at " + n.getTarget() + ": " + n.getHtml())
												.collect(Collectors.joining("\n")))
								.collect(Collectors.joining("\n")))
				.isEmpty();
	}
}
