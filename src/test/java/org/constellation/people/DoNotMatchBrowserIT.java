package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.constellation.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A practitioner keeps their private "do not match me with" list in headless
 * Chromium: an unknown address is explained at the top and next to the field
 * with what was typed kept, someone is added by email, then removed. Every page
 * passes axe-core. Uses member58, and member09 as the person listed; the list
 * is empty again at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoNotMatchBrowserIT {

	private static final String MEMBER = "member58@example.org";
	private static final String LISTED = "member09@example.org";

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
	void aMemberAddsSomeoneByEmailAfterATypoAndRemovesThemAgain() {
		browser.signIn(MEMBER);
		browser.visit("/profile/edit", "profile-edit-do-not-match-link");
		browser.clickLink("See or change your list");
		browser.checkPage("do-not-match-empty");
		assertThat(browser.heading()).isEqualTo("People I'd rather not be matched with");
		assertThat(browser.pageText()).contains(
				"When partnerships are formed for a group, you will not be placed with them. They are never told.",
				"Only you can see this list", "Nobody is on your list.");

		// an address nobody uses: explained twice, and the typing kept
		browser.fieldLabelled("Their email address").sendKeys("nobody.here@example.org");
		browser.clickButton("Add to my list");
		browser.checkPage("do-not-match-unknown-email");
		String unknown = "Nobody with the address nobody.here@example.org uses Constellation";
		WebElement summary = browser.driver().findElement(By.cssSelector(".error-summary[role=alert]"));
		assertThat(summary.findElement(By.cssSelector("a[href='#email']")).getText()).isEqualTo(unknown);
		WebElement field = browser.fieldLabelled("Their email address");
		assertThat(field.getDomProperty("value")).isEqualTo("nobody.here@example.org");
		assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
		WebElement nextToIt = field.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
				.findElement(By.cssSelector(".field-error"));
		assertThat(nextToIt.getText()).isEqualTo(unknown);
		assertThat(field.getDomAttribute("aria-describedby")).contains(nextToIt.getDomAttribute("id"));

		// the right address
		field.clear();
		field.sendKeys(LISTED);
		browser.clickButton("Add to my list");
		assertThat(browser.path()).isEqualTo("/profile/do-not-match");
		browser.checkPage("do-not-match-added");
		var listed = browser.texts(By.cssSelector("#do-not-match-list > li strong"));
		assertThat(listed).hasSize(1);
		String name = listed.getFirst();
		assertThat(browser.text(By.cssSelector("main .notice[role=status]"))).startsWith(name + " is on your list.");
		assertThat(browser.pageText()).contains("Your list (1 of 50)").doesNotContain(LISTED);

		// and off the list again
		browser.clickButton("Remove");
		browser.checkPage("do-not-match-removed");
		assertThat(browser.text(By.cssSelector("main .notice[role=status]")))
				.startsWith(name + " is no longer on your list.");
		assertThat(browser.driver().findElements(By.id("do-not-match-list"))).isEmpty();
		assertThat(browser.pageText()).contains("Nobody is on your list.");
	}
}
