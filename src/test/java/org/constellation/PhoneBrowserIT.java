package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.constellation.support.Browser;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Constellation on a phone, 390 × 844: the menu folds behind a button that
 * opens by keyboard and by touch and holds at most seven items; a partnership's
 * tabs are only those of its stage; the convening wizard's places are ticked,
 * not picked with Ctrl; a community's page starts with what is happening, its
 * charter one tap away. Every page is checked with axe-core and must not scroll
 * sideways (as every page in every browser test is).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneBrowserIT {

	private static final String STEWARD = "steward@example.org";
	private static final String CONVENER = "convener@example.org";

	@LocalServerPort
	int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.onWideScreen();
		browser.close();
	}

	@BeforeEach
	void holdAPhone() {
		browser.onPhone();
	}

	@Test
	void theMenuOpensByKeyboardAndByTouchAndHoldsAtMostSevenItems() {
		browser.signIn(STEWARD);
		browser.visit("/", "phone-home");
		WebElement button = menuButton();
		WebElement nav = browser.driver().findElement(By.id("site-nav"));
		assertThat(button.isDisplayed()).isTrue();
		assertThat(button.getDomAttribute("aria-controls")).isEqualTo("site-nav");
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(nav.isDisplayed()).as("the menu is folded at first").isFalse();

		// by keyboard: the skip link, the name, then the menu button
		pressKey(Keys.TAB);
		assertThat(focused().getDomAttribute("class")).isEqualTo("skip-link");
		pressKey(Keys.TAB);
		pressKey(Keys.TAB);
		assertThat(focused().getDomAttribute("class")).isEqualTo("menu-button");
		pressKey(Keys.ENTER);
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(nav.isDisplayed()).isTrue();
		pressKey(Keys.TAB);
		assertThat(focused().getText()).isEqualTo("Home");
		assertThat(focused().getDomAttribute("aria-current")).isEqualTo("page");
		pressKey(Keys.ESCAPE);
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(nav.isDisplayed()).isFalse();
		assertThat(focused().getDomAttribute("class")).as("back on the button").isEqualTo("menu-button");
		pressKey(Keys.SPACE);
		assertThat(nav.isDisplayed()).as("Space opens it too").isTrue();
		pressKey(Keys.SPACE);
		assertThat(nav.isDisplayed()).isFalse();

		// by touch
		button.click();
		assertThat(nav.isDisplayed()).isTrue();
		List<String> items = topItems();
		assertThat(items).hasSizeLessThanOrEqualTo(7).containsExactly("Home", "Communities", "Your partnerships",
				"Your calendar", "Constellation", "Practitioners", "You");
		browser.checkPage("phone-menu-open");
		WebElement you = browser.driver().findElement(By.cssSelector(".nav-you summary"));
		you.click();
		assertThat(browser.texts(By.cssSelector(".nav-you li")))
				.extracting(item -> item.replaceFirst(" \\d+ unread$", ""))
				.containsExactly("Your journey", "Your profile", "Notifications", "Account", "Stewardship", "Sign out");
		browser.checkPage("phone-menu-you");
		browser.follow(browser.driver().findElement(By.linkText("Your profile")));
		assertThat(browser.path()).isEqualTo("/profile");
		assertThat(browser.driver().findElement(By.id("site-nav")).isDisplayed()).as("folded again").isFalse();
		assertThat(browser.driver().findElement(By.cssSelector("#site-nav a[href='/profile']"))
				.getDomAttribute("aria-current")).isEqualTo("page");
		assertThat(browser.driver().findElement(By.cssSelector(".nav-you summary")).getDomAttribute("class"))
				.contains("is-current");

		// a sponsor's menu is shorter still
		browser.signIn("sponsor@example.org");
		browser.openMenu();
		assertThat(topItems()).containsExactly("Home", "Communities", "Constellation", "You");
		browser.useMenu("Value report");
		browser.checkPage("phone-value-report");
	}

	@Test
	void theUnreadCountShowsOnTheMenuButton() {
		Person ana = PartnershipFixtures.newPerson(port, "Ana Phone");
		Person bo = PartnershipFixtures.newPerson(port, "Bo Phone");
		PartnershipFixtures.proposed("Reading with our children", ana, bo);

		browser.signIn(bo.email());
		assertThat(menuButton().getText().replaceAll("\\s+", " ")).isEqualTo("Menu 1 unread");
		browser.useMenu("Notifications 1 unread");
		assertThat(browser.path()).isEqualTo("/notifications");
		browser.checkPage("phone-notifications");
	}

	@Test
	void aPartnershipShowsOnlyTheTabsOfItsStage() {
		Person ana = PartnershipFixtures.newPerson(port, "Ana Forming");
		Person bo = PartnershipFixtures.newPerson(port, "Bo Forming");
		long forming = PartnershipFixtures.proposed("Co-teaching in the first year", ana, bo);

		browser.signIn(ana.email());
		browser.visit("/partnerships/" + forming, "phone-partnership-forming");
		assertThat(tabs()).containsExactly("Overview", "Opening", "Frames of reference");

		long active = PartnershipFixtures.active("Listening to families", ana, bo);
		browser.visit("/partnerships/" + active, "phone-partnership-active");
		assertThat(tabs()).containsExactly("Overview", "Sessions", "Presence", "Routines", "Frames of reference",
				"Infrastructure", "Closing");
		// the opening stays readable, from the overview
		browser.clickLink("What you answered together at the opening");
		assertThat(tabs()).contains("Opening");
		browser.checkPage("phone-partnership-opening-after");
		browser.visit("/partnerships/" + active + "/presence", "phone-partnership-presence");
	}

	@Test
	void theConveningWizardsPlacesAreFoundByNameTickedAndKept() {
		browser.signIn(CONVENER);
		browser.visit("/communities", "phone-communities");
		browser.clickLink("Convene a community");
		browser.fieldLabelled("Name").sendKeys("Families and schools in Lakeview");
		browser.clickButton("Save and continue");
		browser.choose("Family engagement");
		browser.clickButton("Save and continue");

		assertThat(browser.heading()).isEqualTo("Who should be at the table?");
		assertThat(browser.driver().findElements(By.cssSelector("select[multiple]"))).isEmpty();
		// no list of every place: a national constellation has tens of thousands
		assertThat(browser.driver().findElements(By.cssSelector("#placeIds input[type=checkbox]"))).isEmpty();
		browser.checkPage("phone-convene-table");

		// a place is found by typing part of its name and taking a suggestion
		WebElement add = browser.fieldLabelled("Add a place");
		add.sendKeys("columbus city");
		String columbus = browser.waiting()
				.until(d -> d.findElements(By.cssSelector("#placeIds-add-places option")).stream()
						.map(o -> o.getDomAttribute("value")).filter(v -> v.startsWith("Columbus City Schools"))
						.findFirst().orElse(null));
		add.clear();
		add.sendKeys(columbus);
		browser.clickButton("Add the place");
		assertThat(placeTicked("Columbus City Schools")).isTrue();
		// a name one place has exactly needs no suggestion
		browser.fieldLabelled("Add a place").sendKeys("Ohio");
		browser.clickButton("Add the place");
		assertThat(placeTicked("Ohio")).isTrue();
		assertThat(placeTicked("Columbus City Schools")).isTrue();
		browser.choose("Families");

		// a name no place has is said so, what was typed kept, the ticked places kept
		browser.fieldLabelled("Add a place").sendKeys("Atlantis");
		browser.clickButton("Add the place");
		assertThat(browser.text(By.cssSelector("#placeIds .field-error"))).contains("No place is called", "Atlantis");
		assertThat(browser.fieldLabelled("Add a place").getDomProperty("value")).isEqualTo("Atlantis");
		assertThat(placeTicked("Ohio")).isTrue();
		browser.driver().executeScript("document.getElementById('placeIds').scrollIntoView()");
		browser.checkPage("phone-convene-table-unknown-place");
		browser.fieldLabelled("Add a place").clear();

		// a place that does not exist, sent by hand, is refused by name, and the ticked
		// ones are kept
		browser.driver()
				.executeScript("const box = document.createElement('input'); box.type = 'checkbox';"
						+ "box.name = 'placeIds'; box.value = '987654321'; box.checked = true;"
						+ "document.getElementById('placeIds').appendChild(box);");
		browser.clickButton("Save and continue");
		assertThat(browser.driver().findElement(By.cssSelector("#error-summary a")).getDomAttribute("href"))
				.isEqualTo("#placeIds");
		assertThat(browser.text(By.cssSelector("#placeIds .field-error"))).isNotEmpty();
		assertThat(placeTicked("Ohio")).isTrue();
		assertThat(placeTicked("Columbus City Schools")).isTrue();
		browser.checkPage("phone-convene-table-error");

		browser.clickButton("Save and continue");
		assertThat(browser.heading()).isEqualTo("What will participants do together?");
		browser.clickLink("Back");
		assertThat(placeTicked("Ohio")).isTrue();
		assertThat(placeTicked("Columbus City Schools")).isTrue();
		assertThat(browser.driver().findElements(By.cssSelector("#placeIds input[type=checkbox]"))).hasSize(2);
		assertThat(checked("Families")).isTrue();
	}

	/** Whether the place of this name is among the community's places, ticked. */
	private boolean placeTicked(String name) {
		WebElement label = browser.driver()
				.findElement(By.xpath("//fieldset[@id='placeIds']//label[starts-with(normalize-space(), "
						+ Browser.xpathLiteral(name) + ")]"));
		return browser.driver().findElement(By.id(label.getDomAttribute("for"))).isSelected();
	}

	@Test
	void aCommunityStartsWithWhatIsHappeningItsCharterOneTapAway() {
		browser.signIn(CONVENER);
		browser.visit("/communities", "phone-communities");
		browser.clickLink("Family voice in IEP meetings");
		browser.checkPage("phone-community-home");

		WebElement conversations = browser.driver().findElement(By.id("conversations-section-title"));
		assertThat(conversations.isDisplayed()).isTrue();
		assertThat(conversations.getRect().getY()).as("on the first screen").isLessThan(844);
		WebElement charter = browser.driver().findElement(By.id("charter"));
		assertThat(charter.getDomAttribute("open")).as("the charter is folded").isNull();
		assertThat(browser.pageText()).doesNotContain("What shared concerns bring us together?");
		// what is happening, then who takes part
		assertThat(position("conversations-section-title")).isLessThan(position("h-section-gatherings"));
		assertThat(position("h-section-gatherings")).isLessThan(position("people-title"));

		charter.findElement(By.tagName("summary")).click();
		assertThat(browser.pageText()).contains("What shared concerns bring us together?",
				"Who should be at the table?", "What will we do together?", "Who convenes it, and why they can");
		browser.checkPage("phone-community-charter");
	}

	private WebElement menuButton() {
		return browser.driver().findElement(By.cssSelector(".menu-button"));
	}

	private List<String> topItems() {
		return browser.driver().findElements(By.cssSelector("#site-nav > ul > li")).stream()
				.map(li -> li.findElement(By.cssSelector("a, summary > span")).getText()).toList();
	}

	private List<String> tabs() {
		return browser.texts(By.cssSelector(".space-tabs li"));
	}

	private WebElement label(String text) {
		return browser.driver().findElement(By.xpath("//label[normalize-space()=" + Browser.xpathLiteral(text) + "]"));
	}

	private String idOf(String labelText) {
		return label(labelText).getDomAttribute("for");
	}

	private boolean checked(String labelText) {
		return browser.driver().findElement(By.id(idOf(labelText))).isSelected();
	}

	private long position(String id) {
		return ((Number) browser.driver().executeScript(
				"return document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY", id))
				.longValue();
	}

	private void pressKey(CharSequence key) {
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	private WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}
}
