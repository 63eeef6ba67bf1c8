package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.people.AccountService;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.WebSession;
import org.constellation.support.WithMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Notices reach a real mail server: at once with a working unsubscribe link, or
 * gathered into one morning digest that two nodes checking together still send
 * once. The hourly check is off here; the tests run it at chosen times.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationDeliveryIT extends WithMailServer {

	static final Pattern UNSUBSCRIBE = Pattern.compile("/notifications/unsubscribe/([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	DailyDigest digest;

	@Autowired
	People people;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	/**
	 * Someone nobody else writes to: the demo and the other tests send notices to
	 * the demo members, and a digest run by one test reaches everyone due.
	 */
	private String freshMember() {
		String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.createAccount(email, "Reader " + email.substring(7, 11), passwords.encode("constellation"),
				Set.of(Role.MEMBER), ZoneId.of("America/Chicago"));
		return email;
	}

	@Test
	void anImmediateNoticeCarriesAnUnsubscribeLinkThatStopsItsTopicButKeepsTheInbox() throws Exception {
		String email = freshMember();
		long member = people.practitionerIdByEmail(email).orElseThrow();
		notifications.send(new Notice(member, Topic.REPLY, "Amara replied to your question",
				"And in our district we tried a family liaison…", "/communities/1"));

		MimeMessage mail = awaitMail(email, 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Amara replied to your question");
		String body = text(mail);
		assertThat(body).contains("And in our district we tried a family liaison", "/communities/1",
				"Stop these emails:");
		Matcher token = UNSUBSCRIBE.matcher(body);
		assertThat(token.find()).isTrue();
		assertThat(mail.getHeader("List-Unsubscribe")).singleElement().asString().startsWith("<http")
				.endsWith("/notifications/unsubscribe/" + token.group(1) + ">");

		var stranger = new WebSession(port);
		String path = "/notifications/unsubscribe/" + token.group(1);
		var offer = stranger.get(path);
		assertThat(offer.status()).isEqualTo(200);
		assertThat(offer.body()).contains("This link stops the emails about replies in your conversations",
				"Stop these emails", "Stop all emails from Constellation");
		assertThat(stranger.post(path, Map.of("scope", "topic")).status()).as("a form without its CSRF token")
				.isEqualTo(403);
		var done = stranger.submit(path, path, Map.of("scope", "topic"));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.body()).contains("Done: you will no longer get emails about replies in your conversations.");

		notifications
				.send(new Notice(member, Topic.REPLY, "Jonas replied to your question", "Yes, and…", "/communities/1"));
		notifications
				.send(new Notice(member, Topic.MENTION, "Lena mentioned you", "@member41 what do you think?", "/"));
		assertThat(awaitMail(email, 2)).extracting(MimeMessage::getSubject)
				.containsExactly("Amara replied to your question", "Lena mentioned you");

		Api api = Api.as(port, email);
		assertThat(subjects(api.get("/api/v1/me/notifications").json())).contains("Jonas replied to your question",
				"Lena mentioned you", "Amara replied to your question");
		assertThat(modes(api)).containsEntry("REPLY", "OFF").containsEntry("MENTION", "IMMEDIATELY");
	}

	@Test
	void theSecondButtonStopsAllMailAndAWrongLinkChangesNothing() throws Exception {
		String email = freshMember();
		long member = people.practitionerIdByEmail(email).orElseThrow();
		notifications.send(new Notice(member, Topic.MEMBERSHIP, "You are invited to Early Literacy",
				"Rosa invites you.", "/communities/2"));
		Matcher token = UNSUBSCRIBE.matcher(text(awaitMail(email, 1).getFirst()));
		assertThat(token.find()).isTrue();

		var stranger = new WebSession(port);
		var wrong = stranger.get("/notifications/unsubscribe/not-a-real-link");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.body()).contains("This link is not valid");

		String path = "/notifications/unsubscribe/" + token.group(1);
		assertThat(stranger.submit(path, path, Map.of("scope", "all")).body())
				.contains("Done: Constellation will no longer email you news.");
		assertThat(modes(Api.as(port, email))).containsOnlyKeys(Arrays.stream(Topic.values()).map(Enum::name).toList())
				.allSatisfy((topic, mode) -> assertThat(mode).isEqualTo("OFF"));
	}

	@Test
	void dailyNewsWaitsForOneMorningDigestListingEveryNotice() throws Exception {
		String email = freshMember();
		long member = people.practitionerIdByEmail(email).orElseThrow();
		for (String title : List.of("Helping families read IEP reports", "When a co-teacher leaves mid-year",
				"A story about a quiet student")) {
			notifications.send(new Notice(member, Topic.NEW_THREAD, "New thread: " + title,
					"Someone started a thread in Inclusive Classrooms.", "/threads/" + title.length()));
		}
		notifications.send(new Notice(member, Topic.MENTION, "Sam mentioned you", "@member42", "/"));
		assertThat(awaitMail(email, 1)).extracting(MimeMessage::getSubject).as("only the mention is mailed at once")
				.containsExactly("Sam mentioned you");

		Instant morning = localTime(member, LocalTime.of(9, 0));
		digest.sendDue(localTime(member, LocalTime.of(6, 0)));
		assertThat(mailTo(email)).as("no digest before 07:00 in their own zone").hasSize(1);

		digest.sendDue(morning);
		List<MimeMessage> mails = awaitMail(email, 2);
		MimeMessage summary = mails.get(1);
		assertThat(summary.getSubject()).isEqualTo("Your daily summary from Constellation: 3 new notices");
		String body = text(summary);
		assertThat(body).contains("New thread: Helping families read IEP reports",
				"New thread: When a co-teacher leaves mid-year", "New thread: A story about a quiet student",
				"/threads/33", "Stop the daily summary:").doesNotContain("Sam mentioned you");
		assertThat(summary.getHeader("List-Unsubscribe")).singleElement().asString()
				.contains("/notifications/unsubscribe/");

		digest.sendDue(morning);
		notifications.send(
				new Notice(member, Topic.NEW_THREAD, "New thread: Planning the spring gathering", "", "/threads/9"));
		digest.sendDue(morning.plus(Duration.ofHours(2)));
		assertThat(mailTo(email)).as("one digest a day at most").hasSize(2);

		digest.sendDue(morning.plus(Duration.ofDays(1)));
		assertThat(awaitMail(email, 3).get(2).getSubject())
				.isEqualTo("Your daily summary from Constellation: 1 new notice");
	}

	@Test
	void twoNodesCheckingAtTheSameMomentSendOneDigest() throws Exception {
		String email = freshMember();
		long member = people.practitionerIdByEmail(email).orElseThrow();
		notifications.send(new Notice(member, Topic.NEW_THREAD, "New thread: Transition plans at 14",
				"A question in Family Voices.", "/threads/1"));
		notifications.send(new Notice(member, Topic.NEW_THREAD, "New thread: What failed in our co-op",
				"A case review in Family Voices.", "/threads/2"));
		Instant morning = localTime(member, LocalTime.of(8, 0));

		CyclicBarrier together = new CyclicBarrier(2);
		try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> runs = List.of(nodes.submit(() -> {
				together.await();
				return digest.sendDue(morning);
			}), nodes.submit(() -> {
				together.await();
				return digest.sendDue(morning);
			}));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		digest.sendDue(morning);
		digest.sendDue(morning.plus(Duration.ofMinutes(30)));

		List<MimeMessage> mails = awaitMail(email, 1);
		Thread.sleep(500);
		assertThat(mailTo(email)).hasSize(1);
		assertThat(text(mails.getFirst())).contains("New thread: Transition plans at 14",
				"New thread: What failed in our co-op");
	}

	/** The body as the reader sees it, decoded from its transfer encoding. */
	private static String text(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		} catch (MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private Instant localTime(long practitionerId, LocalTime time) {
		ZoneId zone = people.timeZones(List.of(practitionerId)).get(practitionerId);
		return ZonedDateTime.now(zone).with(time).toInstant();
	}

	private static List<MimeMessage> awaitMail(String email, int count) throws InterruptedException {
		long until = System.currentTimeMillis() + 5_000;
		while (mailTo(email).size() < count && System.currentTimeMillis() < until) {
			Thread.sleep(50);
		}
		List<MimeMessage> mails = mailTo(email);
		assertThat(mails).as("mail to %s", email).hasSizeGreaterThanOrEqualTo(count);
		return mails;
	}

	private static List<MimeMessage> mailTo(String email) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(email::equals);
			} catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static List<String> subjects(JsonNode page) {
		return page.get("content").valueStream().map(n -> n.get("subject").asString()).toList();
	}

	private static Map<String, String> modes(Api api) {
		return api.get("/api/v1/me/notification-preferences").json().get("preferences").valueStream().collect(
				java.util.stream.Collectors.toMap(c -> c.get("topic").asString(), c -> c.get("mode").asString()));
	}
}
