package org.constellation.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real headless Chromium: they open pages, click, type into
 * labelled fields and read. Every page checked is screenshotted to
 * {@code target/screenshots/} and run through axe-core (WCAG 2.2 A and AA),
 * failing with what to fix; then seen again 390 px wide, as on a phone, where
 * it must not scroll sideways.
 */
public final class Browser implements AutoCloseable {

	public static final String PASSWORD = "constellation";
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final String AXE_SOURCE = axeSource();
	private static final ObjectMapper AXE_JSON = new ObjectMapper()
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
	/**
	 * The page's markup without its words and numbers: every element's tag and
	 * attributes in order, text as a mark of whether there is any, digits as 0.
	 * Hashed in the page, so only a short string comes back.
	 */
	private static final String PAGE_SHAPE = """
			const parts = [];
			const walk = node => {
			  for (const child of node.childNodes) {
			    if (child.nodeType === Node.TEXT_NODE) {
			      if (child.textContent.trim()) parts.push('#');
			    } else if (child.nodeType === Node.ELEMENT_NODE) {
			      parts.push('<' + child.tagName);
			      for (const a of child.attributes) parts.push(a.name + '=' + a.value.replace(/[0-9]+/g, '0'));
			      if (child.tagName === 'INPUT' || child.tagName === 'TEXTAREA') parts.push(child.value ? 'v' : '');
			      walk(child);
			      parts.push('>');
			    }
			  }
			};
			walk(document.documentElement);
			const text = window.innerWidth + ' ' + parts.join(' ');
			let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
			for (let i = 0; i < text.length; i++) {
			  const c = text.charCodeAt(i);
			  h1 = Math.imul(h1 ^ c, 2654435761);
			  h2 = Math.imul(h2 ^ c, 1597334677);
			}
			return text.length + ':' + (h1 >>> 0).toString(16) + ':' + (h2 >>> 0).toString(16);
			""";
	/** The shapes of pages axe found nothing on, in this JVM. */
	private static final Set<String> CHECKED_SHAPES = ConcurrentHashMap.newKeySet();

	private final int port;
	private final ChromeDriver driver;
	private final WebDriverWait wait;
	/** Held as a phone: every page is seen at 390 px. */
	private boolean phone;
	/** The phone's size is emulated, the window being wider. */
	private boolean emulated;

	/**
	 * One Chromium for every browser test in this JVM, started by the first and
	 * quit when the JVM ends: starting one takes seconds. Each {@link Browser}
	 * begins as a fresh visitor (no cookies, the wide window), and the tests run
	 * one after another, so they never share a page.
	 */
	private static ChromeDriver shared;

	/**
	 * Whether the shared Chromium's window really becomes 390 px wide when asked
	 * (measured once), or the phone has to be emulated.
	 */
	private static Boolean windowNarrows;

	public Browser(int port) {
		this.port = port;
		this.driver = sharedChromium();
		driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
		driver.get("about:blank");
		// a test before may have left a phone's size emulated
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		driver.manage().window().setSize(new Dimension(1280, 900));
		wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
	}

	private static String axeSource() {
		try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static synchronized ChromeDriver sharedChromium() {
		if (shared != null) {
			return shared;
		}
		Path userDataDir;
		try {
			userDataDir = Files.createTempDirectory("constellation-chromium-");
			Files.createDirectories(SCREENSHOTS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + userDataDir.toAbsolutePath());
		ChromeDriver driver = new ChromeDriver(options);
		// axe takes seconds on a large page on a busy machine
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			driver.quit();
			try (Stream<Path> files = Files.walk(userDataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			} catch (IOException e) {
				// a temporary folder left behind harms nothing
			}
		}));
		shared = driver;
		return driver;
	}

	public ChromeDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	/** Leaves the shared Chromium on an empty page for the next test. */
	@Override
	public void close() {
		driver.get("about:blank");
	}

	/** A fresh start: no session. */
	public void signOut() {
		driver.get(url("/"));
		driver.manage().deleteAllCookies();
	}

	public void signIn(String email) {
		signOut();
		driver.get(url("/sign-in"));
		fieldLabelled("Email").sendKeys(email);
		fieldLabelled("Password").sendKeys(PASSWORD);
		clickButton("Sign in");
		assertThat(path()).as("signed in as %s", email).isEqualTo("/");
	}

	/** Opens a page by its address, then checks it. */
	public void visit(String path, String name) {
		driver.get(url(path));
		checkPage(name);
	}

	public void clickLink(String text) {
		follow(driver.findElement(By.linkText(text)));
	}

	/**
	 * Follows an item of the main menu (a link, or the sign-out button) as a person
	 * would: on a narrow screen the menu button first, then the group the item is
	 * in (Constellation, You) when it is not one of the items at the top.
	 */
	public void useMenu(String item) {
		WebElement target = driver.findElement(By.xpath(
				"//nav[@id='site-nav']//*[self::a or self::button][normalize-space()=" + xpathLiteral(item) + "]"));
		openMenu();
		for (WebElement group : target.findElements(By.xpath("ancestor::details"))) {
			if (group.getDomAttribute("open") == null) {
				group.findElement(By.tagName("summary")).click();
			}
		}
		follow(target);
	}

	/**
	 * Opens the main menu when it is folded behind its button (a narrow screen).
	 */
	public void openMenu() {
		List<WebElement> buttons = driver.findElements(By.cssSelector(".menu-button"));
		if (!buttons.isEmpty() && buttons.get(0).isDisplayed()
				&& !"true".equals(buttons.get(0).getDomAttribute("aria-expanded"))) {
			buttons.get(0).click();
		}
	}

	/**
	 * Presses a button that sends its form, and waits for the page that answers.
	 */
	public void clickButton(String text) {
		follow(button(text));
	}

	public WebElement button(String text) {
		return driver.findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
	}

	public void follow(WebElement linkOrButton) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		linkOrButton.click();
		wait.until(d -> isGone(oldPage));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
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

	/** The control a label names, found as a screen reader would: by its label. */
	public WebElement fieldLabelled(String label) {
		WebElement labelElement = driver
				.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
		return driver.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	/** Ticks the checkbox or radio button whose label contains the text. */
	public void choose(String labelText) {
		WebElement labelElement = driver
				.findElement(By.xpath("//label[contains(normalize-space(), " + xpathLiteral(labelText) + ")]"));
		WebElement box = driver.findElement(By.id(labelElement.getDomAttribute("for")));
		if (!box.isSelected()) {
			box.click();
		}
	}

	/**
	 * Sets a date or time field as its picker would (typing into them depends on
	 * the locale).
	 */
	public void setValue(WebElement field, String value) {
		driver.executeScript("arguments[0].value = arguments[1];", field, value);
	}

	/**
	 * Fetches what a link points to with this browser's session, as a download
	 * would: the status, the content type and the body.
	 */
	public Api.Response download(WebElement link) {
		String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
		try {
			var response = java.net.http.HttpClient
					.newHttpClient().send(
							java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.getDomProperty("href")))
									.header("Cookie", cookies).build(),
							java.net.http.HttpResponse.BodyHandlers.ofString());
			return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	public String text(By by) {
		return driver.findElement(by).getText();
	}

	public List<String> texts(By by) {
		return driver.findElements(by).stream().map(WebElement::getText).toList();
	}

	public String pageText() {
		return driver.findElement(By.tagName("main")).getText();
	}

	public String path() {
		return (String) driver.executeScript("return location.pathname");
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Saves a screenshot as {@code target/screenshots/<name>.png}, then runs
	 * axe-core on the page and fails with what to fix. A page whose markup is the
	 * same as one already checked in this JVM at the same width, tag for tag and
	 * attribute for attribute (only its words and numbers differ), gives axe the
	 * same answer, so it is not checked again: axe takes seconds on a large page.
	 */
	public void checkPage(String name) {
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		screenshot(name);
		String shape = (String) driver.executeScript(PAGE_SHAPE);
		if (!CHECKED_SHAPES.contains(shape)) {
			List<Rule> violations = axeViolations();
			assertThat(violations).extracting(Rule::getId)
					.as(() -> "accessibility violations on " + driver.getCurrentUrl() + "\n" + describe(violations))
					.isEmpty();
			CHECKED_SHAPES.add(shape);
		}
		checkOnPhone(name);
	}

	/**
	 * Saves what the window shows as {@code target/screenshots/<name>.png}. The
	 * picture is encoded for speed rather than size (Chromium's own option): the
	 * suite takes hundreds, and they are for people to look at, not to keep small.
	 */
	public void screenshot(String name) {
		var shot = driver.executeCdpCommand("Page.captureScreenshot",
				java.util.Map.of("format", "png", "optimizeForSpeed", true));
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					java.util.Base64.getDecoder().decode((String) shot.get("data")));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Runs axe-core in the page itself and brings back its violations only: the
	 * library's own runner opens a second tab and loads axe twice for every page,
	 * and brings back every rule that passed, which cost most of the browser tests'
	 * time.
	 */
	private List<Rule> axeViolations() {
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
			driver.executeScript(AXE_SOURCE);
		}
		Object answer = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
				  .then(results => done(JSON.stringify(results.violations)), error => done('error: ' + error));
				""", WCAG_TAGS);
		String json = String.valueOf(answer);
		assertThat(json).as("axe could not run on %s", path()).doesNotStartWith("error: ");
		try {
			return AXE_JSON.readValue(json, new TypeReference<List<Rule>>() {
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The same page, not reloaded, on a phone 390 px wide: it must not scroll
	 * sideways. Screenshotted as {@code <name>-390.png}; the window is as wide as
	 * before afterwards.
	 */
	private void checkOnPhone(String name) {
		if (!phone) {
			narrow();
		}
		try {
			@SuppressWarnings("unchecked")
			var widths = (java.util.Map<String, Object>) driver.executeScript(SIDEWAYS);
			long scrollWidth = ((Number) widths.get("scrollWidth")).longValue();
			long clientWidth = ((Number) widths.get("clientWidth")).longValue();
			screenshot(name + "-390");
			assertThat(scrollWidth)
					.as(() -> path() + " (" + name + ") scrolls sideways on a phone: " + scrollWidth
							+ " px wide in a window of " + clientWidth + " px; widest: " + widths.get("widest"))
					.isLessThanOrEqualTo(clientWidth);
		} finally {
			if (!phone) {
				wide();
			}
		}
	}

	/**
	 * From now on this person holds a phone, 390 × 844: pages open and are checked
	 * at that size (until {@link #onWideScreen()}).
	 */
	public void onPhone() {
		narrow();
		phone = true;
	}

	/** Back to the wide window, 1280 × 900. */
	public void onWideScreen() {
		wide();
		phone = false;
	}

	/**
	 * Sets the window to a phone's 390 × 844. Headless Chromium may keep a window
	 * wider than asked; then the page is shown as on a phone instead.
	 */
	private void narrow() {
		driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
		if (windowNarrows == null) {
			windowNarrows = ((Number) driver.executeScript("return window.innerWidth")).intValue() == PHONE_WIDTH;
		}
		emulated = !windowNarrows;
		if (emulated) {
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					java.util.Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		}
	}

	private void wide() {
		if (emulated) {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
			emulated = false;
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private static final int PHONE_WIDTH = 390;

	/**
	 * How wide the page is against the window, and when wider, the outermost
	 * element that reaches furthest past the window's edge (not one inside its own
	 * scroll container, which scrolls by itself).
	 */
	private static final String SIDEWAYS = """
			const root = document.documentElement;
			const result = { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest: null };
			if (root.scrollWidth <= root.clientWidth) { return result; }
			const edge = root.clientWidth;
			const scrolls = (el) => getComputedStyle(el).overflowX !== 'visible';
			let best = null, bestRight = edge;
			for (const el of document.body.querySelectorAll('*')) {
			  const rect = el.getBoundingClientRect();
			  if (rect.right <= edge + 0.5 || rect.width === 0) { continue; }
			  let inner = false;
			  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
			    if (scrolls(a)) { inner = true; break; }
			  }
			  if (inner) { continue; }
			  if (rect.right > bestRight + 0.5) { best = el; bestRight = rect.right; }
			}
			if (best) {
			  const id = best.id ? '#' + best.id : '';
			  const cls = typeof best.className === 'string' && best.className ? '.' + best.className.trim().split(/\\s+/).join('.') : '';
			  result.widest = best.tagName.toLowerCase() + id + cls + ' (' + Math.round(best.getBoundingClientRect().width)
			    + ' px wide, right edge at ' + Math.round(bestRight) + ' px): ' + best.outerHTML.slice(0, 200);
			}
			return result;
			""";

	private static String describe(List<Rule> violations) {
		return violations.stream()
				.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
						+ rule.getHelpUrl() + "\n"
						+ rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n")))
				.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
	}

	public static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}
}
