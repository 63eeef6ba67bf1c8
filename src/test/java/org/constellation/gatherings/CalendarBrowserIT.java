package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.constellation.support.Browser;
import org.constellation.support.CalendarFixtures;
import org.constellation.support.CalendarFixtures.ClashingWeek;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member's calendar in headless Chromium, wide and on a phone: the agenda,
 * the week and the month of a week where their partnership's session and a
 * gathering they said yes to overlap, the clash said in words on both; moving
 * between views and weeks by links (no script needed), by keyboard; another
 * pair's session at the same hour nowhere. Every view passes axe-core and does
 * not scroll sideways at 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarBrowserIT {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

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

	@AfterEach
	void wideAgain() {
		browser.onWideScreen();
	}

	@Test
	void aClashIsSaidInWordsOnBothEventsInTheAgendaTheWeekAndTheMonth() {
		ClashingWeek week = CalendarFixtures.clashingWeek(port, "Europe/Berlin");
		LocalDate day = week.sessionStart().toLocalDate();
		browser.signIn(week.me().email());

		// the agenda is the default: four weeks from today
		browser.useMenu("Your calendar");
		browser.checkPage("calendar-agenda");
		assertThat(browser.path()).isEqualTo("/gatherings");
		assertThat(current()).isEqualTo("Agenda");
		assertThat(browser.pageText()).contains("Times are in your time zone, Europe/Berlin");
		assertClashOnBoth(week, day);
		assertThat(browser.pageText()).contains(week.laterTitle()).contains("You said maybe")
				.doesNotContain(week.othersFocus());

		// the week, by keyboard from the view links
		WebElement weekLink = browser.driver().findElement(By.linkText("Week"));
		weekLink.sendKeys(Keys.ENTER);
		browser.waiting().until(d -> browser.path().equals("/gatherings") && "Week".equals(current()));
		browser.driver().get(browser.url("/gatherings?view=week&from=" + day));
		browser.checkPage("calendar-week");
		assertThat(browser.heading()).isEqualTo("Your calendar");
		assertThat(browser.texts(By.cssSelector(".cal-week > li > h3"))).hasSize(7);
		assertClashOnBoth(week, day);
		browser.clickLink("Next week");
		assertThat(browser.pageText()).doesNotContain(week.clashingTitle());
		browser.clickLink("Previous week");
		assertThat(browser.pageText()).contains(week.clashingTitle());

		// the month: a table of days with headers, the busy days linked to their lists
		browser.clickLink("Month");
		browser.checkPage("calendar-month");
		assertThat(browser.driver().findElements(By.cssSelector("table.cal-month thead th[scope=col]"))).hasSize(7);
		WebElement cell = browser.driver().findElement(By.cssSelector("table.cal-month a[href='#day-" + day + "']"));
		assertThat(cell.getText()).contains(String.valueOf(day.getDayOfMonth())).contains("!");
		assertThat(cell.getDomProperty("textContent")).contains(DAY.format(day) + ": 2 events, with a clash");
		assertClashOnBoth(week, day);
		cell.click();
		browser.waiting().until(d -> d.getCurrentUrl().endsWith("#day-" + day));

		// the feed link is still offered below
		assertThat(browser.pageText()).contains("Your calendar feed");

		// on a phone: the same views, readable without sideways scrolling
		browser.onPhone();
		browser.visit("/gatherings?view=month&from=" + day, "calendar-month-phone");
		assertClashOnBoth(week, day);
		browser.visit("/gatherings?from=" + day, "calendar-agenda-phone");
		assertClashOnBoth(week, day);
		browser.visit("/gatherings?view=week&from=" + day, "calendar-week-phone");
	}

	private static String title(WebElement event) {
		return event.findElement(By.cssSelector(".cal-what")).getText();
	}

	private String current() {
		return browser.text(By.cssSelector(".cal-views a[aria-current=page]"));
	}

	/** Both events of the clash say, in words, what they clash with. */
	private void assertClashOnBoth(ClashingWeek week, LocalDate day) {
		List<WebElement> events = browser.driver().findElements(By.cssSelector("#day-" + day + " .cal-event"));
		WebElement session = events.stream().filter(e -> title(e).equals(week.focus())).findFirst().orElseThrow();
		WebElement gathering = events.stream().filter(e -> title(e).startsWith(week.clashingTitle())).findFirst()
				.orElseThrow();
		assertThat(session.getText()).contains("16:00\u201317:00").contains("A session of your learning partnership")
				.contains("Clashes with \u201c" + week.clashingTitle() + "\u201d (" + DAY.format(day)
						+ ", 16:30\u201318:00)");
		assertThat(gathering.getText()).contains("16:30\u201318:00").contains("A gathering of " + week.communityName())
				.contains("You said yes")
				.contains("Clashes with \u201c" + week.focus() + "\u201d (" + DAY.format(day) + ", 16:00\u201317:00)");
	}
}
