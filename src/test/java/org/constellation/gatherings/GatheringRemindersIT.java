package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Reminders reach each person who said yes or maybe exactly once, however often
 * and however concurrently the check runs. The schedule is off here so that the
 * test runs the check itself.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatheringRemindersIT {

	@LocalServerPort
	int port;

	@Autowired
	MembershipService memberships;

	@Autowired
	AccountService accounts;

	@Autowired
	CommunityService communities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	GatheringReminders reminders;

	AccountPrincipal convener;
	AccountPrincipal coming;
	AccountPrincipal perhaps;
	AccountPrincipal notComing;
	AccountPrincipal silent;
	long community;

	@BeforeEach
	void aCommunityWithAnswers() {
		var fixtures = new GatheringFixtures(accounts, communities, memberships, passwords);
		convener = fixtures.person("America/Chicago");
		coming = fixtures.person("Asia/Tokyo");
		perhaps = fixtures.person("Europe/Berlin");
		notComing = fixtures.person("UTC");
		silent = fixtures.person("UTC");
		community = fixtures.community(convener, Visibility.PUBLIC, coming, perhaps, notComing, silent);
	}

	/** A gathering two hours from now, answered yes, maybe and no. */
	String answeredGathering() {
		String title = GatheringFixtures.unique("Evening circle");
		var created = Api.as(port, convener.email()).post("/api/v1/communities/" + community + "/gatherings", Api.json(
				GatheringFixtures.draft(title, ZonedDateTime.now(ZoneId.of("America/Chicago")).plusHours(2), 60)));
		long id = created.json().get("gathering").get("id").asLong();
		Api.as(port, coming.email()).put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}");
		Api.as(port, perhaps.email()).put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"MAYBE\"}");
		Api.as(port, notComing.email()).put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"NO\"}");
		return title;
	}

	@Test
	void runningTheCheckTwiceRemindsEachYesAndMaybeOnceInTheirOwnZone() {
		String title = answeredGathering();

		reminders.sendDue();
		reminders.sendDue();

		List<Mailbox.Message> mails = remindersAbout(title);
		assertThat(countByRecipient(mails)).containsOnly(Map.entry(coming.email(), 1L), Map.entry(perhaps.email(), 1L));
		String toTokyo = mails.stream().filter(m -> m.recipient().equals(coming.email())).findFirst().orElseThrow()
				.body();
		assertThat(toTokyo).contains("JST").contains("/gatherings/");
	}

	@Test
	void twoChecksAtOnceStillRemindEachPersonOnce() throws Exception {
		String title = answeredGathering();

		CountDownLatch start = new CountDownLatch(1);
		var first = CompletableFuture.runAsync(() -> {
			await(start);
			reminders.sendDue();
		});
		var second = CompletableFuture.runAsync(() -> {
			await(start);
			reminders.sendDue();
		});
		start.countDown();
		CompletableFuture.allOf(first, second).get();

		assertThat(countByRecipient(remindersAbout(title))).containsOnly(Map.entry(coming.email(), 1L),
				Map.entry(perhaps.email(), 1L));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private List<Mailbox.Message> remindersAbout(String title) {
		return Mailbox.all().stream().filter(m -> m.subject().equals("Reminder: " + title)).toList();
	}

	private static Map<String, Long> countByRecipient(List<Mailbox.Message> mails) {
		return mails.stream().collect(Collectors.groupingBy(Mailbox.Message::recipient, Collectors.counting()));
	}

}
