package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The session room as partners use it together: Ana in headless Chromium, Ben
 * moving on from his own device (the API). Ana sees Ben's step within two
 * seconds without reloading, moves on by keyboard, is asked before ending
 * early; the room works without JavaScript, holds a session planned for next
 * week only when asked to hold it now, fits a phone's first screen, and tells
 * nothing to anyone but a partner. Every page passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionRoomBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private Browser browser;
	private AccountPrincipal ana;
	private AccountPrincipal ben;
	private AccountPrincipal cleo;
	private String focus;
	private long id;
	private Api b;
	private long routine;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		browser.close();
	}

	@BeforeEach
	void aPartnershipOfThree() {
		var fixtures = SessionFixtures.of(context);
		ana = fixtures.person("Europe/Berlin");
		ben = fixtures.person("America/Chicago");
		cleo = fixtures.person("Asia/Tokyo");
		focus = SessionFixtures.unique("Listening to families");
		id = fixtures.active(focus, ana, ben, cleo);
		b = Api.as(port, ben.email());
		routine = b.get("/api/v1/routines").json().get(0).get("id").asLong();
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	private String room(int n) {
		return "/partnerships/" + id + "/sessions/" + n;
	}

	/** A session planned by Ben at this moment, in Berlin's time. */
	private int planned(ZonedDateTime start) {
		var created = b.post("/api/v1/partnerships/" + id + "/sessions",
				Api.json(Map.of("date", start.toLocalDate().toString(), "time",
						start.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString(), "timeZone", "Europe/Berlin",
						"durationMinutes", 60)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("session").get("number").asInt();
	}

	private int startedSoon() {
		int n = planned(ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusMinutes(5));
		var started = b.put("/api/v1/partnerships/" + id + "/sessions/" + n,
				Api.json(Map.of("action", "start", "routineId", routine)));
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		return n;
	}

	private String stepHeading() {
		return browser.text(By.id("h-step"));
	}

	@Test
	void partnersSeeTheSameStepWithoutReloadingMoveOnByKeyboardAndAreAskedBeforeEndingEarly() {
		int n = startedSoon();
		browser.signIn(ana.email());
		browser.visit(room(n), "session-room");

		// the step, its prompt and a large timer come first; what the step needs is
		// open
		assertThat(stepHeading()).isEqualTo("Step 1 of 5: Check-in");
		WebElement step = browser.driver().findElement(By.id("room-step"));
		assertThat(step.getRect().getY()).as("the step is near the top").isLessThan(300);
		assertThat(browser.text(By.cssSelector("#room-step .step-prompt"))).contains("how you arrive today");
		browser.waiting().until(d -> !d.findElement(By.cssSelector(".timer-clock")).getText().isBlank());
		assertThat(browser.text(By.cssSelector(".timer-clock"))).matches("(9|10):\\d\\d");
		assertThat(browser.text(By.cssSelector(".room-roles"))).contains("Host:").contains("Timekeeper:")
				.contains("Note-keeper:").contains("(you)");
		assertThat(browser.driver().findElement(By.cssSelector("details[data-tool=check-in]")).getDomAttribute("open"))
				.isNotNull();
		assertThat(browser.driver().findElement(By.cssSelector("details[data-tool=notes]")).getDomAttribute("open"))
				.isNull();
		assertThat(browser.driver().findElement(By.cssSelector("details.room-more")).getDomAttribute("open")).isNull();

		// Next is the focused primary button, with its shortcut told
		WebElement next = browser.driver().switchTo().activeElement();
		assertThat(next.getDomAttribute("id")).isEqualTo("next-step");
		assertThat(next.getText()).isEqualTo("Next step: Looking back at commitments");
		assertThat(next.getDomAttribute("accesskey")).isEqualTo("n");
		assertThat(browser.text(By.id("next-hint"))).contains("Enter").contains("Alt+N");

		browser.choose("Yes, I am here");
		browser.fieldLabelled("How I arrive").sendKeys("Here, with coffee");
		browser.clickButton("Save my check-in");
		assertThat(browser.pageText()).contains("Your check-in is saved").contains("Here, with coffee");

		// Ben moves everyone on from his device: Ana's page follows within two seconds,
		// without reloading
		browser.driver().executeScript("window.sameDocument = true;");
		long before = System.nanoTime();
		assertThat(b.put("/api/v1/partnerships/" + id + "/sessions/" + n, "{\"action\":\"step\",\"step\":2}").status())
				.isEqualTo(200);
		browser.waiting().withTimeout(Duration.ofSeconds(5))
				.until(d -> d.findElement(By.id("h-step")).getText().startsWith("Step 3 of 5"));
		Duration took = Duration.ofNanos(System.nanoTime() - before);
		assertThat(took).as("the step reached Ana's page after %s", took).isLessThan(Duration.ofSeconds(2));
		assertThat(browser.driver().executeScript("return window.sameDocument === true;")).isEqualTo(true);
		assertThat(stepHeading()).isEqualTo("Step 3 of 5: A story from practice");
		assertThat(
				(String) browser.driver().executeScript("return document.getElementById('room-announce').textContent"))
				.isEqualTo("Step 3 of 5: A story from practice");
		// the parts open for the new step: notes now, the check-in folded
		browser.waiting()
				.until(d -> d.findElement(By.cssSelector("details[data-tool=notes]")).getDomAttribute("open") != null);
		assertThat(browser.driver().findElement(By.cssSelector("details[data-tool=check-in]")).getDomAttribute("open"))
				.isNull();
		browser.waiting().until(d -> !d.findElement(By.cssSelector(".timer-clock")).getText().isBlank());
		browser.checkPage("session-room-followed");

		// by keyboard: Enter on the focused Next, then the access key from anywhere
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.waiting().until(d -> d.findElement(By.id("h-step")).getText().startsWith("Step 4 of 5"));
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("next-step");
		browser.driver().findElement(By.tagName("h1")).click();
		new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys("n").keyUp(Keys.ALT).perform();
		browser.waiting().until(d -> d.findElement(By.id("h-step")).getText().startsWith("Step 5 of 5"));
		browser.checkPage("session-room-last-step");
		assertThat(browser.pageText()).contains("This is the last step");

		// ending before the last step asks first: Ben goes back a step, Ana's page
		// follows
		b.put("/api/v1/partnerships/" + id + "/sessions/" + n, "{\"action\":\"step\",\"step\":3}");
		browser.waiting().until(d -> d.findElement(By.id("h-step")).getText().startsWith("Step 4 of 5"));
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='End the session']"))).isEmpty();
		browser.clickLink("End the session before its last step…");
		browser.checkPage("session-end-confirm");
		assertThat(browser.heading()).isEqualTo("End the session now?");
		assertThat(browser.pageText()).contains("You are at step 4 of 5: Building with \"and…\"")
				.contains("Ending now skips the one step left:").contains("Commitments")
				.contains("The session then counts as held");
		browser.clickLink("No, back to the session");
		assertThat(stepHeading()).startsWith("Step 4 of 5");
		browser.clickLink("End the session before its last step…");
		browser.clickButton("Yes, end the session now");
		browser.checkPage("session-room-held");
		assertThat(stepHeading()).isEqualTo("This session was held.");
		assertThat(browser.pageText()).contains("Thank you for showing up for each other");
		assertThat(browser.driver().findElements(By.id("room-poller"))).isEmpty();
		assertThat(
				browser.driver().findElement(By.cssSelector("details[data-tool=reflection]")).getDomAttribute("open"))
				.isNotNull();
	}

	@Test
	void aSessionPlannedForNextWeekIsHeldNowOnlyWhenAskedAndTheRoomFitsAPhone() {
		ZonedDateTime nextWeek = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(7).withHour(16).withMinute(0);
		int n = planned(nextWeek);
		browser.signIn(ana.email());
		browser.visit(room(n), "session-room-not-yet");
		assertThat(stepHeading()).isEqualTo("Not yet its time");
		assertThat(browser.pageText()).contains("It can start from").contains("half an hour before")
				.contains("Holding it now moves this session from").contains("16:00")
				.doesNotContain("Start the session");
		// the time zone picker: the reader's zone first, grouped by region, searchable
		browser.driver().findElement(By.cssSelector("details.room-more > summary")).click();
		assertThat(browser.driver().findElements(By.cssSelector("#move-timeZone optgroup")).size()).isGreaterThan(5);
		assertThat(browser.driver().findElement(By.cssSelector("#move-timeZone optgroup")).getDomAttribute("label"))
				.isEqualTo("Yours and widely used");
		browser.fieldLabelled("Find a time zone").sendKeys("tokyo");
		assertThat(browser.text(By.id("move-timeZone-find-count"))).isEqualTo("1 time zone matches.");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.fieldLabelled("Time zone"))
				.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("Asia/Tokyo");
		browser.clickButton("Hold it now instead");
		browser.checkPage("session-room-held-now");
		assertThat(browser.pageText()).contains("planned again for now and has started");
		assertThat(stepHeading()).isEqualTo("Step 1 of 5: Check-in");
		String startsAt = b.get("/api/v1/partnerships/" + id + "/sessions/" + n).json().get("session").get("startsAt")
				.asString();
		assertThat(Duration.between(java.time.Instant.parse(startsAt), java.time.Instant.now()).abs())
				.isLessThan(Duration.ofMinutes(2));

		// on a phone, the step and its timer are in the first screen, and nothing
		// scrolls sideways
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.visit(room(n), "session-room-390");
		browser.waiting().until(d -> !d.findElement(By.cssSelector(".timer-clock")).getText().isBlank());
		long viewport = (Long) browser.driver().executeScript("return window.innerHeight;");
		WebElement clock = browser.driver().findElement(By.cssSelector(".timer-clock"));
		assertThat(clock.getRect().getY() + clock.getRect().getHeight()).as("the timer within the first screen")
				.isLessThanOrEqualTo((int) viewport);
		assertThat(browser.driver().findElement(By.id("h-step")).getRect().getY()).isLessThan((int) viewport);
		assertThat(browser.driver()
				.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
				.isEqualTo(true);

	}

	@Test
	void withoutJavaScriptALinkRefreshesTheRoomAndEveryFormPosts() {
		int n = startedSoon();
		WebSession page = WebSession.signedIn(port, cleo.email());
		String html = page.get(room(n)).body();
		assertThat(html).contains("Step 1 of 5: Check-in")
				.contains("href=\"" + room(n) + "\">Refresh to see where the others are</a>");

		b.put("/api/v1/partnerships/" + id + "/sessions/" + n, "{\"action\":\"step\",\"step\":1}");
		assertThat(page.get(room(n)).body()).contains("Step 2 of 5: Looking back at commitments");

		// Next posts the step after the one shown: two partners pressing it move once
		var next = page.submit(room(n), room(n) + "/step", Map.of("step", "2"));
		assertThat(next.status()).isEqualTo(302);
		assertThat(next.location()).endsWith(room(n));
		assertThat(page.submit(room(n), room(n) + "/step", Map.of("step", "2")).status()).isEqualTo(302);
		assertThat(page.get(room(n)).body()).contains("Step 3 of 5");

		// ending early without confirming leads to the question, not to the end
		var asked = page.submit(room(n), room(n) + "/end", Map.of());
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.location()).endsWith(room(n) + "/end");
		String question = page.get(room(n) + "/end").body();
		assertThat(question).contains("End the session now?").contains("name=\"confirm\" value=\"true\"")
				.contains("Nobody has checked in as here yet");
		assertThat(page.get(room(n)).body()).contains("Step 3 of 5");
		var ended = page.submit(room(n) + "/end", room(n) + "/end", Map.of("confirm", "true"));
		assertThat(ended.status()).isEqualTo(302);
		String after = page.get(room(n)).body();
		assertThat(after).contains("This session ended without a check-in").contains("counts as not held")
				.doesNotContain("id=\"room-poller\"");
		// the question is gone once the session has ended
		assertThat(page.get(room(n) + "/end").status()).isEqualTo(302);

		// a check-in afterwards makes it held
		page.submit(room(n), room(n) + "/check-in", Map.of("attending", "true", "line", "I was there"));
		assertThat(page.get(room(n)).body()).contains("This session was held.");
	}

	@Test
	void theLiveUpdatesAnswerPartnersAloneAndOnlyWithWhatChanged() {
		int n = startedSoon();
		b.post("/api/v1/partnerships/" + id + "/sessions/" + n + "/notes", "{\"body\":\"Only for the three of us\"}");
		String live = room(n) + "/live";

		WebSession partner = WebSession.signedIn(port, cleo.email());
		String page = partner.get(room(n)).body();
		java.util.regex.Matcher stamp = java.util.regex.Pattern.compile("/live\\?v=([0-9.\\-]+)").matcher(page);
		assertThat(stamp.find()).as("the page asks with its stamp").isTrue();
		var unchanged = partner.get(live + "?v=" + stamp.group(1), Map.of("HX-Request", "true"));
		assertThat(unchanged.status()).isEqualTo(204);
		assertThat(unchanged.body()).isEmpty();

		b.put("/api/v1/partnerships/" + id + "/sessions/" + n, "{\"action\":\"step\",\"step\":1}");
		var changed = partner.get(live + "?v=" + stamp.group(1), Map.of("HX-Request", "true"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).contains("id=\"room-step\"").contains("hx-swap-oob=\"true\"").contains("Step 2 of 5")
				.contains("id=\"room-poller\"")
				// the notes did not change: they are not sent again
				.doesNotContain("Only for the three of us");

		// anyone else is told there is nothing here, and learns nothing
		for (String who : java.util.List.of("steward@example.org", "convener@example.org", "sponsor@example.org")) {
			WebSession stranger = WebSession.signedIn(port, who);
			for (String path : java.util.List.of(live, live + "?v=" + stamp.group(1), live + "?v=x", room(n))) {
				var refused = stranger.get(path, Map.of("HX-Request", "true"));
				assertThat(refused.status()).as(who + " " + path).isEqualTo(404);
				assertThat(refused.body()).doesNotContain(focus).doesNotContain("Step 2 of 5")
						.doesNotContain("Looking back").doesNotContain("Only for the three of us");
			}
		}
		var anonymous = new WebSession(port).get(live);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/sign-in");
	}
}
