package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constellation.portfolio.Portfolio;
import org.constellation.support.HomeFixtures;
import org.constellation.support.HomeFixtures.BusyMember;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.Statements;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home page costs a fixed, small number of SQL statements for each role,
 * and a busy member's costs the same with a few things waiting as with hundreds
 * of sessions, notices, gatherings and requests: every module's part of it is a
 * bounded number of statements, none per item. The counts per role are recorded
 * in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeQueryCountIT {

	/**
	 * The reader's zone and the navigation's unread count (2), the profile's
	 * outline and reporting lines (2), then each module's part: sessions 4 (active
	 * partnerships, their sessions, the next one's partners and their names),
	 * partnerships 2 (their rows, the current opening steps), gatherings 4 (the
	 * gatherings, which of their communities the person may read, their names),
	 * notices 1, communities 1, formation 1.
	 */
	static final int MEMBER = 17;

	/**
	 * The same for someone in nothing yet (each module's part one statement, none
	 * to follow), their concerns, and the communities sharing them: the communities
	 * they are in or asked to join, the ranking of the matches (kept 30 s outside
	 * the tests, asked afresh in them), which concerns each shares, the names of
	 * those, their members.
	 */
	static final int NEWCOMER = 16;

	/**
	 * The zone, the unread count, the name and the value stories' count; the
	 * figures come from the snapshot. The first reader after the snapshot changed
	 * also reads the portfolio's names for coverage (four more).
	 */
	static final int SPONSOR = 8;

	/**
	 * A member's parts (the demo steward is in nothing that waits), every recent
	 * formation run; what needs attention comes from the snapshot (four more for
	 * the first reader after it changed).
	 */
	static final int STEWARD = 15;

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Portfolio portfolio;

	private final List<String> seeded = new ArrayList<>();

	@AfterAll
	void removeWhatWasSeeded() {
		seeded.reversed().forEach(jdbc::update);
	}

	@Test
	void aBusyMembersHomeCostsTheSameWithHundredsOfItemsAsWithAFew() {
		BusyMember busy = HomeFixtures.busyMember(port, "America/Chicago");
		WebSession member = WebSession.signedIn(port, busy.me().email());
		assertThat(member.get("/").body()).contains("The next session of").contains("waits for your answer")
				.contains("asks to join").contains("new reply").contains("a gathering of");
		long few = statementsFor(() -> assertThat(member.get("/").status()).isEqualTo(200));

		// two more active partnerships, hundreds of past sessions, notices, gatherings
		// said yes to and requests to join
		PartnershipFixtures.active(HomeFixtures.unique("Second partnership"), busy.me(), busy.partner());
		PartnershipFixtures.active(HomeFixtures.unique("Third partnership"), busy.me(), busy.asker());
		manyMore(busy);
		String page = member.get("/").body();
		assertThat(page).contains("301 new replies and mentions").contains("201 people ask to join");
		long many = statementsFor(() -> assertThat(member.get("/").status()).isEqualTo(200));

		System.out.printf("Home page, busy member: %d statements with one of each, %d with hundreds%n", few, many);
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MEMBER);
	}

	@Test
	void aNewcomersHomeCostsAFixedNumberOfStatements() {
		Person newcomer = PartnershipFixtures.newPerson(port, "Noor Counted");
		HomeFixtures.withConcerns(newcomer,
				portfolio.issues().stream().limit(5).map(org.constellation.portfolio.Issue::getId).toList());
		WebSession session = WebSession.signedIn(port, newcomer.email());
		assertThat(session.get("/").body()).contains("How to start").contains("Shares your concern");
		long statements = statementsFor(() -> assertThat(session.get("/").status()).isEqualTo(200));
		System.out.printf("Home page, newcomer: %d statements%n", statements);
		assertThat(statements).isLessThanOrEqualTo(NEWCOMER);
	}

	@Test
	void aSponsorsHomeCostsAFixedNumberOfStatements() {
		WebSession sponsor = WebSession.signedIn(port, "sponsor@example.org");
		assertThat(sponsor.get("/").body()).contains("The constellation at a glance");
		long statements = statementsFor(() -> assertThat(sponsor.get("/").status()).isEqualTo(200));
		System.out.printf("Home page, sponsor: %d statements%n", statements);
		assertThat(statements).isLessThanOrEqualTo(SPONSOR);
	}

	@Test
	void aStewardsHomeCostsAFixedNumberOfStatements() {
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		assertThat(steward.get("/").body()).contains("Needs attention across the constellation");
		long statements = statementsFor(() -> assertThat(steward.get("/").status()).isEqualTo(200));
		System.out.printf("Home page, steward: %d statements%n", statements);
		assertThat(statements).isLessThanOrEqualTo(STEWARD);
	}

	/**
	 * Written straight into the tables, as many as a long-running member gathers:
	 * 150 past sessions, 300 unread replies, 40 gatherings said yes to and 200
	 * people asking to join.
	 */
	private void manyMore(BusyMember busy) {
		long me = busy.me().practitionerId();
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> sessions = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(7L * (i + 1))));
			sessions.add(new Object[]{busy.activePartnership(), 1000 + i, at, now, now});
		}
		jdbc.batchUpdate(
				"insert into partnership_sessions (partnership_id, number, starts_at, time_zone, "
						+ "duration_minutes, status, created_at, updated_at) values (?, ?, ?, 'UTC', 60, 'HELD', ?, ?)",
				sessions);
		List<Object[]> notices = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			notices.add(new Object[]{me, now});
		}
		jdbc.batchUpdate("insert into notices (recipient_id, topic, subject, text, link, created_at, delivery) "
				+ "values (?, 'REPLY', 'A reply', 'Someone replied', '/notifications', ?, 'OFF')", notices);
		seeded.add("delete from notices where recipient_id = " + me);
		List<Object[]> gatherings = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Timestamp at = Timestamp.from(Instant.now().plus(Duration.ofDays(30L + i)));
			Timestamp end = Timestamp.from(at.toInstant().plus(Duration.ofHours(1)));
			gatherings.add(new Object[]{busy.circle(), "Counted gathering " + i, at, end,
					busy.partner().practitionerId(), now, now});
		}
		jdbc.batchUpdate("insert into gatherings (community_id, title, starts_at, ends_at, time_zone, "
				+ "duration_minutes, proposed_by, created_at, updated_at) values (?, ?, ?, ?, 'UTC', 60, ?, ?, ?)",
				gatherings);
		jdbc.update("insert into gathering_rsvps (gathering_id, practitioner_id, response, responded_at) "
				+ "select id, ?, 'YES', ? from gatherings where title like 'Counted gathering %' and community_id = ?",
				me, now, busy.circle());
		seeded.add("delete from gatherings where title like 'Counted gathering %'");
		List<Object[]> accounts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			accounts.add(new Object[]{"homecount%04d@example.org".formatted(i), now});
		}
		jdbc.batchUpdate("insert into accounts (email, password_hash, created_at) values (?, '{noop}x', ?)", accounts);
		jdbc.update("insert into practitioners (account_id, display_name, time_zone, created_at, updated_at) "
				+ "select id, email, 'UTC', created_at, created_at from accounts where email like 'homecount____@example.org'");
		jdbc.update(
				"insert into memberships (community_id, practitioner_id, status, participation, created_at, updated_at) "
						+ "select ?, p.id, 'REQUESTED', 'PERIPHERAL', ?, ? from practitioners p join accounts a on a.id = p.account_id "
						+ "where a.email like 'homecount____@example.org'",
				busy.convened(), now, now);
		seeded.add("delete from accounts where email like 'homecount____@example.org'");
		seeded.add("delete from memberships where community_id = " + busy.convened() + " and status = 'REQUESTED'");
	}

	private long statementsFor(Runnable call) {
		return Statements.fewest(entityManagerFactory, call);
	}
}
