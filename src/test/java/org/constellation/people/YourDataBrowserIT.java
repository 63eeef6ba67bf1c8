package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.Writes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person downloads their data from "Your data" in headless Chromium, tries to
 * delete their account with a wrong password (told next to the field, nothing
 * deleted), then with the right one, and can no longer sign in. Every page
 * passes axe-core. A fresh account, so no other test depends on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YourDataBrowserIT {

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
	void aPersonDownloadsTheirDataThenDeletesTheirAccountAfterAWrongPassword() {
		Person ivy = PartnershipFixtures.newPerson(port, "Browsing Ivy");
		assertThat(ivy.api()
				.post("/api/v1/journal/entries",
						Api.json(Map.of("title", "Ivy's page of notes", "body", "Kept for myself.")))
				.status()).isEqualTo(201);

		browser.signIn(ivy.email());
		browser.visit("/account", "your-data-account");
		browser.clickLink("Your data: download everything you wrote, or delete your account");
		browser.checkPage("your-data");
		assertThat(browser.heading()).isEqualTo("Your data");
		assertThat(browser.pageText()).contains("Deleting your account cannot be undone",
				"They show \"a former member\", with no link to you.");

		// the download
		Api.Response file = browser.download(browser.driver().findElement(By.linkText("Download my data")));
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).contains("application/json");
		assertThat(file.header("Content-Disposition")).contains("attachment").contains("constellation-");
		assertThat(file.body()).contains(ivy.email(), "Ivy's page of notes", "Browsing Ivy");

		// a wrong password: said next to the field, and nothing deleted
		Set<String> leftOut = Set.of("access_tokens");
		long before = Writes.mark();
		browser.fieldLabelled("Your password").sendKeys("not my password");
		browser.clickButton("Delete my account");
		browser.checkPage("your-data-wrong-password");
		String wrong = "That is not your password. Nothing was deleted: type the password you sign in with.";
		WebElement field = browser.fieldLabelled("Your password");
		WebElement nextToIt = field.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
				.findElement(By.cssSelector(".field-error"));
		assertThat(nextToIt.getText()).isEqualTo(wrong);
		assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getDomAttribute("aria-describedby")).contains(nextToIt.getDomAttribute("id"));
		assertThat(browser.text(By.cssSelector(".error-summary[role=alert] a[href='#delete-password']")))
				.isEqualTo(wrong);
		assertThat(Writes.since(before, leftOut)).as("tables written").isEmpty();

		// the right one
		browser.fieldLabelled("Your password").sendKeys(Browser.PASSWORD);
		browser.clickButton("Delete my account");
		assertThat(browser.path()).isEqualTo("/sign-in");
		browser.checkPage("your-data-deleted");
		assertThat(browser.text(By.id("account-deleted")))
				.isEqualTo("Your account is deleted. Thank you for the time you spent with us.");

		// signing in again fails
		browser.fieldLabelled("Email").sendKeys(ivy.email());
		browser.fieldLabelled("Password").sendKeys(Browser.PASSWORD);
		browser.clickButton("Sign in");
		assertThat(browser.driver().getCurrentUrl()).contains("/sign-in?error");
		assertThat(ivy.api().get("/api/v1/me").status()).isEqualTo(401);
	}
}
