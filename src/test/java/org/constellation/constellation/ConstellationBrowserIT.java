package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/**
 * A sponsor opens the map of the demo constellation: reads its figures and its
 * key, reaches a community by keyboard and opens it, shows more links, filters
 * the map and downloads it for slides, then reads it on a phone; a steward
 * moves from community to community by keyboard; the sponsor reads the coverage
 * gaps and the health of the communities; a convener reads who the boundary
 * spanners are. In a real headless Chromium, every page checked with axe-core
 * (WCAG 2.2 A and AA) and at 390 px, on both databases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstellationBrowserIT {

	private static final String FAMILY_VOICE = "Family voice in IEP meetings";

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

	@Test
	void aSponsorReadsTheFiguresAndTheKeyReachesACommunityByKeyboardFiltersAndDownloadsTheMap() throws Exception {
		browser.signIn("sponsor@example.org");
		browser.useMenu("The map");
		browser.checkPage("constellation-map");
		assertThat(browser.heading()).isEqualTo("The constellation of communities");

		// the headline figures, above the map
		List<WebElement> figures = browser.driver().findElements(By.cssSelector("#map-figures > li"));
		assertThat(figures).hasSize(4);
		assertThat(figures.get(0).getText())
				.matches("(?s)\\d+\\ncommunities of practice\\n\\d+ of them spans? more than one level");
		assertThat(figures.get(1).getText()).matches("(?s)\\d+\\npractitioners take part in them");
		assertThat(figures.get(2).getText()).matches(
				"(?s)\\d+%\\nof the links join communities at different levels of scale\\n\\d+ of \\d+ links through shared members");
		assertThat(figures.get(3).getText()).matches("(?s)\\d+\\ngaps?: .*\\nSee coverage");

		// a key that names what each colour and shape means
		assertThat(browser.text(By.id("key-title"))).isEqualTo("Key");
		assertThat(browser.texts(By.cssSelector("#map-key-stages li"))).containsExactly("Colour: life-cycle stage",
				"Potential", "Coalescing", "Maturing", "Stewardship", "Transformation");
		assertThat(browser.text(By.id("map-key-shapes"))).contains("Size: members", "A bar: a community across");

		// every community drawn, named in full with its members; the strongest links
		// by default
		JsonNode all = Api.as(port, "sponsor@example.org").get("/api/v1/constellation").json();
		List<String> names = all.get("communities").valueStream().map(c -> c.get("name").asString()).toList();
		List<WebElement> nodes = browser.driver().findElements(By.cssSelector(".map-wide a.map-node"));
		assertThat(nodes).hasSize(Math.min(names.size(), ConstellationService.DRAWN));
		assertThat(nodes).allSatisfy(node -> assertThat(node.getDomAttribute("aria-label"))
				.matches(".+: (no members|\\d+ members?); .+; .+"));
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) ((JavascriptExecutor) browser.driver())
				.executeScript("return Array.from(document.querySelectorAll('.map-wide .map-label text'))"
						+ ".map(t => Array.from(t.children).map(line => line.textContent).join(' '))");
		assertThat(labels).contains("National disproportionality forum", "Family voice in IEP meetings");
		assertThat(browser.text(By.id("links-shown")))
				.matches("Showing \\d+ of \\d+ links: each community's two strongest ties through shared members\\.");
		assertThat(browser.driver().findElement(By.linkText("The strongest")).getDomAttribute("aria-current"))
				.isEqualTo("true");

		screenshotTheMap("map-1280", 1280, 1500, false);

		// by keyboard, from the choice of links to a community on the map, and into it
		WebElement strongest = browser.driver().findElement(By.linkText("The strongest"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", strongest);
		WebElement focused = null;
		for (int i = 0; i < 10; i++) {
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
			focused = browser.driver().switchTo().activeElement();
			if ("map-node".equals(focused.getDomAttribute("class"))) {
				break;
			}
		}
		assertThat(focused.getDomAttribute("class")).as("a community on the map takes the focus").isEqualTo("map-node");
		String focusedName = focused.getDomAttribute("aria-label");
		assertThat(names).anySatisfy(name -> assertThat(focusedName).startsWith(name + ": "));
		String target = focused.getDomAttribute("href");
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		browser.waiting().until(d -> browser.path().equals(target));
		assertThat(browser.heading()).startsWith(focusedName.substring(0, focusedName.indexOf(": ")));

		// more links, without a script: a link that says so in the address
		browser.driver().get(browser.url("/constellation"));
		browser.clickLink("All");
		assertThat(browser.driver().getCurrentUrl()).contains("links=ALL");
		browser.checkPage("constellation-map-all-links");
		assertThat(browser.text(By.id("links-shown"))).matches("Showing all \\d+ links: .*");
		int allLines = browser.driver().findElements(By.cssSelector(".map-wide path")).size();
		browser.clickLink("The strongest");
		assertThat(browser.driver().findElements(By.cssSelector(".map-wide path")).size()).isLessThan(allLines);

		// filtered by an issue: the table and the map show its communities only
		browser.driver().findElement(By.cssSelector(".map-filters summary")).click();
		new Select(browser.fieldLabelled("Issue")).selectByVisibleText(FAMILY_VOICE);
		browser.clickButton("Show");
		assertThat(browser.driver().getCurrentUrl()).contains("issue=");
		browser.checkPage("constellation-map-filtered");
		List<String> shown = browser.texts(By.cssSelector(".constellation-table tbody th"));
		assertThat(shown).contains(FAMILY_VOICE).doesNotContain("Data for improvement");
		assertThat(new Select(browser.fieldLabelled("Issue")).getFirstSelectedOption().getText())
				.isEqualTo(FAMILY_VOICE);
		List<String> onTheMap = browser.driver().findElements(By.cssSelector(".map-wide a.map-node")).stream()
				.map(n -> n.getDomAttribute("aria-label")).toList();
		assertThat(onTheMap).anySatisfy(label -> assertThat(label).startsWith(FAMILY_VOICE + ": ")
				.endsWith("; State, District, School/Program; Maturing"));
		assertThat(onTheMap).noneSatisfy(label -> assertThat(label).startsWith("Data for improvement"));

		// the picture for slides: an SVG any program can read, with every name on the
		// map; and a PNG of it
		browser.driver().get(browser.url("/constellation"));
		var svg = browser.download(browser.driver().findElement(By.id("download-svg")));
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.contentType()).startsWith("image/svg+xml");
		assertThat(svg.header("Content-Disposition")).isEqualTo("attachment; filename=\"constellation-map.svg\"");
		Document picture = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg.body())));
		assertThat(picture.getDocumentElement().getTagName()).isEqualTo("svg");
		String words = picture.getDocumentElement().getTextContent();
		assertThat(names.stream().limit(ConstellationService.DRAWN))
				.allSatisfy(name -> assertThat(words).contains(name));
		assertThat(words).contains("The constellation of communities", "Colour: life-cycle stage", "Transformation");
		var png = browser.download(browser.driver().findElement(By.id("download-png")));
		assertThat(png.status()).isEqualTo(200);
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(png.header("Content-Disposition")).isEqualTo("attachment; filename=\"constellation-map.png\"");

		// on a phone: the figures two by two, the map as wide as the screen
		browser.onPhone();
		try {
			browser.visit("/constellation", "constellation-map-phone");
			List<WebElement> stacked = browser.driver().findElements(By.cssSelector("#map-figures > li"));
			assertThat(stacked.get(2).getLocation().getY()).isGreaterThan(stacked.get(0).getLocation().getY());
			WebElement narrow = browser.driver().findElement(By.cssSelector(".map-narrow"));
			assertThat(narrow.isDisplayed()).isTrue();
			assertThat(browser.driver().findElement(By.cssSelector(".map-wide")).isDisplayed()).isFalse();
			assertThat(narrow.getSize().getWidth()).isGreaterThan(330);
			screenshotTheMap("map-390", 390, 2000, true);
		} finally {
			browser.onWideScreen();
		}
	}

	@Test
	void aStewardMovesFromCommunityToCommunityByKeyboardAndOpensOne() {
		browser.signIn("steward@example.org");
		browser.visit("/constellation", "constellation-map-steward");
		WebElement first = browser.driver().findElements(By.cssSelector(".map-wide a.map-node")).getFirst();
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", first);
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("aria-label"))
				.isEqualTo(first.getDomAttribute("aria-label"));
		// the next Tab leads to the next community
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement next = browser.driver().switchTo().activeElement();
		assertThat(next.getDomAttribute("class")).isEqualTo("map-node");
		assertThat(next.getDomAttribute("aria-label")).isNotEqualTo(first.getDomAttribute("aria-label"));
		String target = next.getDomAttribute("href");
		String name = next.getDomAttribute("aria-label");
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		browser.waiting().until(d -> browser.path().equals(target));
		assertThat(browser.path()).startsWith("/communities/");
		assertThat(browser.heading()).startsWith(name.substring(0, name.indexOf(": ")));
	}

	/**
	 * Saves the map page as a person sees it, as tall as given, to
	 * {@code target/screenshots/<name>.png} (the README's pictures come from
	 * there).
	 */
	private void screenshotTheMap(String name, int width, int height, boolean mobile) throws Exception {
		var driver = browser.driver();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		try {
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			Thread.sleep(300);
			browser.screenshot(name);
		} finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Test
	void aSponsorReadsCoverageGapsDownloadsThemAndSeesWhichCommunitiesNeedAttention() {
		browser.signIn("sponsor@example.org");
		browser.visit("/constellation", "constellation-map-sponsor");
		browser.clickLink("Coverage");
		browser.checkPage("constellation-coverage");
		assertThat(browser.heading()).isEqualTo("Coverage of the portfolio");
		assertThat(browser.texts(By.cssSelector("#coverage-levels thead th"))).containsExactly("Issue", "National",
				"State", "District", "School/Program");
		assertThat(browser.texts(By.cssSelector("#coverage-levels tbody th"))).contains("Family engagement");
		assertThat(browser.driver().findElements(By.cssSelector("#coverage-levels .gap"))).isNotEmpty();
		assertThat(browser.texts(By.cssSelector("#coverage-gaps tbody th"))).isNotEmpty();

		var csv = browser.download(browser.driver().findElement(By.linkText("Issues across levels (CSV)")));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("issue,level,communities,members").contains("Family engagement,State,");

		browser.clickLink("Health");
		browser.checkPage("constellation-health");
		assertThat(browser.heading()).isEqualTo("How the communities are doing");
		List<WebElement> attention = browser.driver().findElements(By.cssSelector("#attention tbody tr"));
		assertThat(attention).isNotEmpty();
		String community = attention.getFirst().findElement(By.tagName("a")).getText();
		browser.follow(attention.getFirst().findElement(By.tagName("a")));
		browser.checkPage("constellation-community-health");
		assertThat(browser.pageText()).contains(community, "Participation", "The charter", "Rhythm");
		assertThat(browser.texts(By.cssSelector("#community-attention li"))).isNotEmpty();
	}

	@Test
	void aConvenerSeesTheBoundarySpanners() {
		browser.signIn("convener@example.org");
		browser.visit("/constellation/health", "constellation-health-convener");
		browser.clickLink("Boundary spanners");
		browser.checkPage("constellation-boundary-spanners");
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#spanners tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows.getFirst().findElement(By.tagName("th")).getText()).isNotBlank();
		assertThat(rows.getFirst().getText()).contains("School/Program");
	}
}
