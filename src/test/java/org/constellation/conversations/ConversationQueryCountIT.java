package org.constellation.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.People;
import org.constellation.support.WebSession;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list of a community's conversations and a conversation's page cost the
 * same handful of statements in a community of 2,000 members with 10,000
 * threads as in a community of three with 25.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversationQueryCountIT {

	static final String VIEWER = "member41@example.org";
	static final int MEMBERS = 2_000;
	static final int THREADS = 10_000;
	static final int REPLIES = 50;

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CommunityService communities;

	@Autowired
	MembershipService memberships;

	@Autowired
	ConversationService conversations;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Communities whose threads and members were written here, removed afterwards.
	 */
	private final List<Long> seeded = new ArrayList<>();

	/**
	 * Later tests in this JVM share the database: the thousands of threads and
	 * members go again, so that their pages and checks do not carry them.
	 */
	@AfterEach
	void removeWhatWasSeeded() {
		for (long community : seeded) {
			jdbc.update("delete from threads where community_id = ?", community);
			jdbc.update("delete from memberships where community_id = ?", community);
			jdbc.update("delete from accounts where email like ?", "bulk" + community + "-%");
		}
		seeded.clear();
	}

	@Test
	void aLargeCommunityCostsTheSameStatementsAsATinyOne() {
		long tiny = ConversationFixtures.community(communities, memberships, people, Visibility.MEMBERS, VIEWER,
				"member42@example.org", "member43@example.org");
		// more than a page of each, so that both lists count their rows as the large
		// ones do
		long tinyThread = seed(tiny, 25, 3, 25);
		long large = ConversationFixtures.community(communities, memberships, people, Visibility.MEMBERS, VIEWER);
		long started = System.nanoTime();
		addMembers(large, MEMBERS);
		long largeThread = seed(large, THREADS, MEMBERS, REPLIES);
		long seededMillis = (System.nanoTime() - started) / 1_000_000;

		WebSession viewer = WebSession.signedIn(port, VIEWER);
		viewer.get("/communities/" + tiny + "/threads");

		Measure tinyList = measure(() -> viewer.get("/communities/" + tiny + "/threads"));
		Measure largeList = measure(() -> viewer.get("/communities/" + large + "/threads"));
		Measure largeFiltered = measure(() -> viewer.get("/communities/" + large + "/threads?kind=STORY&page=3"));
		Measure tinyThreadPage = measure(() -> viewer.get("/threads/" + tinyThread));
		Measure tinyThreadLastPage = measure(() -> viewer.get("/threads/" + tinyThread + "?page=1"));
		Measure largeThreadPage = measure(() -> viewer.get("/threads/" + largeThread));
		Measure largeThreadLastPage = measure(() -> viewer.get("/threads/" + largeThread + "?page=2"));

		System.out.printf("%nConversation pages, statements and median time of 5 (seeded %,d members, %,d threads,"
				+ " %d replies in %,d ms):%n", MEMBERS, THREADS, REPLIES, seededMillis);
		System.out.printf("  thread list   tiny %s | large %s | large filtered page 4 %s%n", tinyList, largeList,
				largeFiltered);
		System.out.printf("  thread page   tiny %s, its last page %s | large (50 replies) %s, its last page %s%n%n",
				tinyThreadPage, tinyThreadLastPage, largeThreadPage, largeThreadLastPage);

		assertThat(largeList.statements()).isEqualTo(tinyList.statements()).isLessThanOrEqualTo(16);
		assertThat(largeFiltered.statements()).isEqualTo(tinyList.statements());
		assertThat(largeThreadPage.statements()).isEqualTo(tinyThreadPage.statements()).isLessThanOrEqualTo(16);
		// a last page that is not full needs no count of the rows
		assertThat(largeThreadLastPage.statements()).isEqualTo(tinyThreadLastPage.statements());
	}

	record Measure(long statements, long medianMillis) {
		@Override
		public String toString() {
			return statements + " statements, " + medianMillis + " ms";
		}
	}

	private Measure measure(Supplier<WebSession.Page> call) {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long statements = -1;
		long[] millis = new long[5];
		for (int i = 0; i < millis.length; i++) {
			statistics.clear();
			long start = System.nanoTime();
			WebSession.Page page = call.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			assertThat(page.status()).isEqualTo(200);
			// the fewest of the calls: the count is the whole application's, and a
			// background job can only add to one call's
			long counted = statistics.getPrepareStatementCount();
			statements = statements < 0 ? counted : Math.min(statements, counted);
		}
		Arrays.sort(millis);
		return new Measure(statements, millis[millis.length / 2]);
	}

	private void addMembers(long community, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		seeded.add(community);
		String prefix = "bulk" + community + "-";
		List<Object[]> accounts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			accounts.add(new Object[]{prefix + i + "@example.org", "{noop}unused", now});
		}
		jdbc.batchUpdate("insert into accounts (email, password_hash, created_at) values (?, ?, ?)", accounts);
		jdbc.update(
				"insert into practitioners (account_id, display_name, time_zone, created_at, updated_at) "
						+ "select id, 'Member ' || email, 'UTC', ?, ? from accounts where email like ?",
				now, now, prefix + "%");
		jdbc.update("insert into memberships (community_id, practitioner_id, status, created_at, updated_at) "
				+ "select ?, p.id, 'ACTIVE', ?, ? from practitioners p join accounts a on a.id = p.account_id "
				+ "where a.email like ?", community, now, now, prefix + "%");
	}

	/**
	 * Threads by members of the community, the newest with {@code replies} replies.
	 */
	private long seed(long community, int threads, int authors, int replies) {
		seeded.add(community);
		List<Long> members = memberships.activeMemberIds(community).stream().limit(authors).toList();
		Random random = new Random(9);
		Instant base = Instant.now().minusSeconds(threads * 60L);
		String[] kinds = {"QUESTION", "CHALLENGE", "STORY", "CASE_REVIEW", "IDEA"};
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Timestamp at = Timestamp.from(base.plusSeconds(i * 60L));
			rows.add(new Object[]{community, members.get(random.nextInt(members.size())), kinds[i % kinds.length],
					"Thread " + i, "What I bring, number " + i, "<p>What I bring, number " + i + "</p>", at, at, at});
		}
		jdbc.batchUpdate("insert into threads (community_id, author_id, kind, title, body, body_html, created_at, "
				+ "updated_at, last_activity_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		long newest = jdbc.queryForObject("select max(id) from threads where community_id = ?", Long.class, community);
		List<Object[]> answers = new ArrayList<>();
		for (int i = 0; i < replies; i++) {
			Timestamp at = Timestamp.from(Instant.now().minusSeconds(replies - i));
			answers.add(new Object[]{newest, members.get(random.nextInt(members.size())), "BUILDS_ON",
					"And " + i + " more", "<p>And " + i + " more</p>", at, at});
		}
		jdbc.batchUpdate("insert into replies (thread_id, author_id, kind, body, body_html, created_at, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", answers);
		jdbc.update("update threads set reply_count = ? where id = ?", replies, newest);
		return newest;
	}
}
