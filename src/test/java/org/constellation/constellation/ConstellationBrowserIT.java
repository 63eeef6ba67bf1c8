package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sponsor opens the map of the demo constellation, opens a community's card
 * with a click, filters the map, reads the coverage gaps and the health of the
 * communities; a convener reads who the boundary spanners are. In a real
 * headless Chromium, every page checked with axe-core (WCAG 2.2 A and AA).
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
	void aSponsorOpensTheMapClicksACommunityFiltersAndReadsTheTable() {
		browser.signIn("sponsor@example.org");
		browser.useMenu("The map");
		waitForTheMap();
		browser.checkPage("constellation-map");
		assertThat(browser.heading()).isEqualTo("The constellation of communities");
		// the table lists every community, 25 to a page (other tests add their own)
		assertThat(browser.texts(By.cssSelector(".constellation-table tbody th"))).isNotEmpty()
				.hasSizeLessThanOrEqualTo(25);
		assertThat(browser.text(By.id("map-count"))).matches("\\d+ of \\d+ communities");

		new Select(browser.fieldLabelled("Issue")).selectByVisibleText(FAMILY_VOICE);
		browser.clickButton("Show");
		assertThat(browser.driver().getCurrentUrl()).contains("issue=");
		waitForTheMap();
		browser.checkPage("constellation-map-filtered");
		List<String> shown = browser.texts(By.cssSelector(".constellation-table tbody th"));
		assertThat(shown).contains(FAMILY_VOICE).doesNotContain("Data for improvement");
		assertThat(new Select(browser.fieldLabelled("Issue")).getFirstSelectedOption().getText())
				.isEqualTo(FAMILY_VOICE);

		long familyVoice = Api.as(port, "sponsor@example.org").get("/api/v1/constellation").json().get("communities")
				.valueStream().filter(c -> c.get("name").asString().equals(FAMILY_VOICE)).findFirst().orElseThrow()
				.get("id").asLong();
		clickOnTheMap(familyVoice);
		browser.waiting().until(d -> d.findElements(By.cssSelector("#community-card .card-name")).size() == 1);
		assertThat(browser.text(By.cssSelector("#community-card .card-name"))).isEqualTo(FAMILY_VOICE);
		assertThat(browser.text(By.cssSelector("#community-card .card-levels")))
				.isEqualTo("State, District, School/Program");
		browser.checkPage("constellation-map-card");
		assertThat(browser.driver().findElements(By.linkText("Boundary spanners"))).isEmpty();
	}

	/**
	 * The map is drawn once its data, the library and the first frame are in: on a
	 * busy machine, seconds.
	 */
	private void waitForTheMap() {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
				.until(d -> "true".equals(d.findElement(By.id("constellation-map")).getDomAttribute("data-ready")));
	}

	private void clickOnTheMap(long communityId) {
		WebElement map = browser.driver().findElement(By.id("constellation-map"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
		@SuppressWarnings("unchecked")
		List<Number> pixel = (List<Number>) ((JavascriptExecutor) browser.driver())
				.executeScript("return window.constellationMap.pixelOf(arguments[0])", communityId);
		int x = (int) Math.round(pixel.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
		int y = (int) Math.round(pixel.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
		new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
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
