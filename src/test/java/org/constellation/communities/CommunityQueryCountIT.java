package org.constellation.communities;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.support.Api;
import org.constellation.support.Statements;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A community's home (with every module's section on it), its card in the list
 * and its member directory cost the same small number of SQL statements with
 * 2,000 members and 10,000 threads as with one member and six threads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityQueryCountIT {

	static final int MEMBERS = 2_000;
	static final int THREADS = 10_000;

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CommunityService communities;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	long large;
	long small;

	@BeforeAll
	void twoCommunities() {
		AccountPrincipal convener = as("member12@example.org");
		small = communities.convene(convener, "Counting small", "One member").getId();
		large = communities.convene(convener, "Counting large", "Two thousand members").getId();
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> accounts = new ArrayList<>();
		for (int i = 0; i < MEMBERS; i++) {
			accounts.add(new Object[]{"count%04d@example.org".formatted(i), now});
		}
		jdbc.batchUpdate("insert into accounts (email, password_hash, created_at) values (?, '{noop}x', ?)", accounts);
		jdbc.update("insert into practitioners (account_id, display_name, time_zone, created_at, updated_at) "
				+ "select id, email, 'UTC', created_at, created_at from accounts where email like 'count____@example.org'");
		jdbc.update(
				"insert into memberships (community_id, practitioner_id, status, participation, created_at, updated_at) "
						+ "select ?, p.id, 'ACTIVE', case mod(p.id, 4) when 0 then 'CORE' when 1 then 'ACTIVE' when 2 then 'OCCASIONAL' else 'PERIPHERAL' end, ?, ? "
						+ "from practitioners p join accounts a on a.id = p.account_id where a.email like 'count____@example.org'",
				large, now, now);
		threads(small, 6, now);
		threads(large, THREADS, now);
	}

	/**
	 * Later tests in this JVM share the database: the thousands of threads and
	 * members go again, so that their pages and checks do not carry them.
	 */
	@AfterAll
	void removeWhatWasSeeded() {
		jdbc.update("delete from threads where community_id in (?, ?)", small, large);
		jdbc.update("delete from memberships where community_id = ?", large);
		jdbc.update("delete from accounts where email like 'count____@example.org'");
	}

	private void threads(long community, int count, Timestamp now) {
		long author = people.practitionerIdByEmail("member12@example.org").orElseThrow();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Timestamp at = Timestamp.from(now.toInstant().minusSeconds(i));
			rows.add(new Object[]{community, author, "QUESTION", "Question " + i, "What works?", "<p>What works?</p>",
					at, at, at});
		}
		jdbc.batchUpdate("insert into threads (community_id, author_id, kind, title, body, body_html, created_at, "
				+ "updated_at, last_activity_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	private AccountPrincipal as(String email) {
		return new AccountPrincipal(null, people.practitionerIdByEmail(email).orElseThrow(), email,
				java.util.Set.of(Role.MEMBER), null, false);
	}

	@Test
	void aCommunitysHomeCostsTheSameWithTwoThousandMembersAndTenThousandThreads() {
		WebSession convener = WebSession.signedIn(port, "member12@example.org");
		convener.get("/communities/" + small);
		long forSmall = statementsFor(() -> assertThat(convener.get("/communities/" + small).status()).isEqualTo(200));
		long forLarge = statementsFor(() -> assertThat(convener.get("/communities/" + large).status()).isEqualTo(200));
		// the page, the reader's zone and unread count, the standing, the community
		// with its charter,
		// names, counts, recent stages, the suggestion from each activity source and
		// every section
		System.out.printf(
				"Community home page: %d statements with 1 member and 6 threads, %d with %d members and %d threads%n",
				forSmall, forLarge, MEMBERS + 1, THREADS);
		assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(28);
	}

	@Test
	void theMemberDirectoryAndTheApiCostTheSameWithTwoThousandMembers() {
		Api api = Api.as(port, "member12@example.org");
		api.get("/api/v1/me");
		long cardSmall = statementsFor(() -> api.get("/api/v1/communities/" + small));
		long cardLarge = statementsFor(() -> api.get("/api/v1/communities/" + large));
		assertThat(cardLarge).isEqualTo(cardSmall).isLessThanOrEqualTo(15);
		// pages of 10 and of 30 out of 2,001 members: the same statements (rows, names,
		// the count)
		long tenMembers = statementsFor(() -> api.get("/api/v1/communities/" + large + "/members?size=10"));
		long thirtyMembers = statementsFor(() -> api.get("/api/v1/communities/" + large + "/members?size=30"));
		assertThat(thirtyMembers).isEqualTo(tenMembers).isLessThanOrEqualTo(10);
		var page = api.get("/api/v1/communities/" + large + "/members?size=30").json();
		assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(MEMBERS + 1);
		assertThat(page.get("content")).hasSize(30);
	}

	@Test
	void theListOfCommunitiesHasNoQueryPerCommunity() {
		Api api = Api.as(port, "member12@example.org");
		api.get("/api/v1/me");
		// both pages are partial, so both also count the whole list
		long five = statementsFor(() -> api.get("/api/v1/communities?size=5"));
		long ten = statementsFor(() -> api.get("/api/v1/communities?size=10"));
		assertThat(ten).isEqualTo(five).isLessThanOrEqualTo(20);
	}

	private long statementsFor(Runnable call) {
		return Statements.fewest(entityManagerFactory, call);
	}
}
