package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.gatherings.GatheringFixtures;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountService;
import org.constellation.people.Role;
import org.constellation.shared.ScheduledJob;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.TestDatabase;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two app nodes on two ports and one database behave as one app: a session made
 * on one is valid on the other, and a scheduled job run on both at the same
 * moment does its work once. This test's own app is node A; it starts node B in
 * the same JVM against the same database, without demo data and with no job on
 * a timer (the test runs the jobs itself, on both nodes at once).
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoNodesIT {

	private static ConfigurableApplicationContext nodeB;

	@LocalServerPort
	int portA;

	@Autowired
	MembershipService memberships;

	@Autowired
	ApplicationContext nodeA;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Notifications notifications;

	@Autowired
	CommunityService communities;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Node B opens the database this test's application uses (PostgreSQL or H2).
	 */
	@Autowired
	org.springframework.core.env.Environment environment;

	int portB;

	@BeforeEach
	void startNodeB() {
		if (nodeB == null) {
			nodeB = new SpringApplicationBuilder(ConstellationApplication.class).properties("server.port=0",
					"constellation.demo-data=false", "constellation.gatherings.reminders-scheduled=false",
					"constellation.partnerships.sessions-scheduled=false", "constellation.notifications.digest-check=-")
					.run(TestDatabase.databaseOf(environment));
		}
		portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** The other tests' apps in this JVM find every job free to run, as before. */
	@AfterEach
	void freeTheLocks() {
		List.of("notifications.daily-digest", "gatherings.reminders", "partnerships.sessions").forEach(this::freeLock);
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
			nodeB = null;
		}
	}

	@Test
	void aSessionMadeOnOneNodeIsValidOnTheOtherUntilSignedOut() {
		String email = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String name = "Ngozi Two-Nodes " + email.substring(10, 14);
		accounts.createAccount(email, name, passwords.encode("constellation"), EnumSet.of(Role.MEMBER),
				ZoneId.of("UTC"));

		var signIn = new WebSession(portA).submit("/sign-in", "/sign-in",
				Map.of("username", email, "password", "constellation"));
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.header("Set-Cookie")).as("the session cookie keeps its name and flags")
				.startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

		WebSession onA = WebSession.signedIn(portA, email);
		WebSession onB = onA.at(portB);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email)).as("the sessions are kept in the database").isEqualTo(2);

		var profileOnB = onB.get("/profile");
		assertThat(profileOnB.status()).as("node B knows the session made on node A").isEqualTo(200);
		assertThat(profileOnB.body()).contains(name);

		String csrfFromA = onA.csrfFrom("/account");
		assertThat(onB.post("/account/tokens", Map.of("name", "Laptop")).status())
				.as("node B still asks for the CSRF token").isEqualTo(403);
		var created = onB.post("/account/tokens", Map.of("name", "Laptop", "_csrf", csrfFromA));
		assertThat(created.status()).as("a form with the token from node A's page is accepted on B").isEqualTo(302);
		assertThat(created.location()).endsWith("/account");
		assertThat(onA.get("/account").body())
				.as("the new token, kept in the session by B for the next page, shown on A")
				.contains("id=\"new-token\">cst_");

		var signedOut = onA.submit("/account", "/sign-out", Map.of());
		assertThat(signedOut.location()).endsWith("/sign-in?signedOut");
		var afterwards = onB.get("/profile");
		assertThat(afterwards.status()).as("signing out on A ends the session on B").isEqualTo(302);
		assertThat(afterwards.location()).contains("/sign-in");
	}

	@Test
	void theDailyDigestRunOnBothNodesAtOnceMailsOnce() {
		// someone whose morning it is now, with two notices waiting for their digest
		int hourNow = ZonedDateTime.now(ZoneOffset.UTC).getHour();
		String email = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		long member = accounts.createAccount(email, "Digest Reader", passwords.encode("constellation"),
				EnumSet.of(Role.MEMBER), ZoneOffset.ofHours(12 - hourNow)).getId();
		notifications.send(new Notice(member, Topic.NEW_THREAD, "New thread: Two rooms, one circle", "", "/threads/1"));
		notifications.send(new Notice(member, Topic.NEW_THREAD, "New thread: One more question", "", "/threads/2"));
		freeLock("notifications.daily-digest");

		onBothNodesAtOnce("notifications.daily-digest");

		assertThat(awaitMails(email, "Your daily summary…", 1)).as("one digest, not one per node").isEqualTo(1);
	}

	@Test
	void gatheringRemindersRunOnBothNodesAtOnceGoOutOnceAndASecondNodeSoonAfterSkipsTheCheck() {
		var fixtures = new GatheringFixtures(accounts, communities, memberships, passwords);
		var convener = fixtures.person("UTC");
		var coming = fixtures.person("Europe/Berlin");
		long community = fixtures.community(convener, Visibility.PUBLIC, coming);
		Supplier<String> gatheringInTwoHours = () -> {
			String title = GatheringFixtures.unique("Evening circle");
			var created = Api.as(portA, convener.email()).post("/api/v1/communities/" + community + "/gatherings",
					Api.json(GatheringFixtures.draft(title, ZonedDateTime.now(ZoneId.of("UTC")).plusHours(2), 60)));
			long id = created.json().get("gathering").get("id").asLong();
			Api.as(portA, coming.email()).put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}");
			return title;
		};
		String first = gatheringInTwoHours.get();
		freeLock("gatherings.reminders");

		onBothNodesAtOnce("gatherings.reminders");
		assertThat(awaitMails(coming.email(), "Reminder: " + first, 1)).as("one reminder, not one per node")
				.isEqualTo(1);

		String second = gatheringInTwoHours.get();
		job(nodeB, "gatherings.reminders").run();
		assertThat(mails(coming.email(), "Reminder: " + second))
				.as("node B, starting its check within the minute the other node ran it, skips it").isZero();

		freeLock("gatherings.reminders");
		job(nodeB, "gatherings.reminders").run();
		assertThat(mails(coming.email(), "Reminder: " + second)).as("once the lock is free, B's check sends it")
				.isEqualTo(1);
	}

	@Test
	void everyScheduledJobIsLockedByName() {
		assertThat(nodeA.getBeansOfType(ScheduledJob.class).values()).extracting(ScheduledJob::name)
				.containsExactlyInAnyOrder("notifications.daily-digest", "gatherings.reminders",
						"partnerships.sessions");
		freeLock("partnerships.sessions");
		onBothNodesAtOnce("partnerships.sessions");
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and lock_until > locked_at",
				Integer.class, "partnerships.sessions")).as("held after the run, for at least four minutes")
				.isEqualTo(1);
	}

	/**
	 * Runs the job through each node's bean (and so its lock), both released at one
	 * instant.
	 */
	private void onBothNodesAtOnce(String name) {
		List<ScheduledJob> both = List.of(job(nodeA, name), job(nodeB, name));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> runs = new ArrayList<>();
		for (ScheduledJob job : both) {
			runs.add(CompletableFuture.runAsync(() -> {
				try {
					start.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				job.run();
			}));
		}
		start.countDown();
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
	}

	private static ScheduledJob job(ApplicationContext node, String name) {
		return node.getBeansOfType(ScheduledJob.class).values().stream().filter(j -> j.name().equals(name)).findFirst()
				.orElseThrow();
	}

	/**
	 * Other tests' apps in this JVM share the database and may have run a job
	 * lately: start from a moment when no node holds its lock. (The row stays:
	 * ShedLock only updates a lock's row once it has made it.)
	 */
	private void freeLock(String name) {
		jdbc.update("update shedlock set lock_until = locked_at where name = ?", name);
	}

	/**
	 * The mail to one person with this subject, or starting so when it ends in "…".
	 */
	private int mails(String recipient, String subject) {
		return (int) Mailbox.to(recipient).stream()
				.filter(m -> subject.endsWith("…")
						? m.subject().startsWith(subject.substring(0, subject.length() - 1))
						: m.subject().equals(subject))
				.count();
	}

	/**
	 * The count once the mail is there (another test's app may be the node that
	 * sends it), after a moment for a second copy to show up.
	 */
	private int awaitMails(String recipient, String subject, int expected) {
		long until = System.currentTimeMillis() + 90_000;
		while (mails(recipient, subject) < expected && System.currentTimeMillis() < until) {
			sleep(200);
		}
		sleep(500);
		return mails(recipient, subject);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
