package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.support.Api;
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
 * The home page of each role and the directory cost the same statements with
 * ten thousand more practitioners as with the demo's few dozen: nothing on them
 * counts or reads every practitioner on each request (at national scale both
 * used to, and slowed down to a few requests a second). The figures are in
 * docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountsAtScaleIT {

	static final int MORE = 10_000;

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@AfterAll
	void removeThem() {
		jdbc.update("delete from practitioner_stakeholder_groups where practitioner_id in (select p.id from "
				+ "practitioners p join accounts a on a.id = p.account_id where a.email like 'scale%@example.org')");
		jdbc.update("delete from practitioner_concerns where practitioner_id in (select p.id from "
				+ "practitioners p join accounts a on a.id = p.account_id where a.email like 'scale%@example.org')");
		jdbc.update("delete from accounts where email like 'scale%@example.org'");
	}

	@Test
	void homePagesAndTheDirectoryCostTheSameWithTenThousandMorePractitioners() {
		Map<String, Runnable> pages = pages();
		Map<String, Long> few = count(pages);
		long before = jdbc.queryForObject("select count(*) from practitioners", Long.class);

		addPractitioners();
		long after = jdbc.queryForObject("select count(*) from practitioners", Long.class);
		assertThat(after - before).isEqualTo(MORE);
		Map<String, Long> many = count(pages);

		few.forEach((page, statements) -> System.out.printf("%s: %d statements with %d practitioners, %d with %d%n",
				page, statements, before, many.get(page), after));
		assertThat(many).isEqualTo(few);
	}

	/** Each page as the person who reads it, asserting it answers. */
	private Map<String, Runnable> pages() {
		WebSession member = WebSession.signedIn(port, "member06@example.org");
		WebSession sponsor = WebSession.signedIn(port, "sponsor@example.org");
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		Api api = Api.as(port, "member06@example.org");
		// the first call with a new token notes its use (a write); later calls within a
		// minute do not
		api.get("/api/v1/me");
		Map<String, Runnable> pages = new LinkedHashMap<>();
		pages.put("home, member", () -> assertThat(member.get("/").status()).isEqualTo(200));
		pages.put("home, sponsor", () -> assertThat(sponsor.get("/").status()).isEqualTo(200));
		pages.put("home, steward", () -> assertThat(steward.get("/").status()).isEqualTo(200));
		pages.put("directory page", () -> assertThat(member.get("/practitioners").status()).isEqualTo(200));
		pages.put("directory, a place typed",
				() -> assertThat(member.get("/practitioners?where=Spring").status()).isEqualTo(200));
		pages.put("directory API", () -> assertThat(api.get("/api/v1/practitioners?size=50").status()).isEqualTo(200));
		return pages;
	}

	private Map<String, Long> count(Map<String, Runnable> pages) {
		Map<String, Long> counts = new LinkedHashMap<>();
		pages.forEach((page, call) -> counts.put(page, Statements.fewest(entityManagerFactory, call)));
		return counts;
	}

	/**
	 * Written straight into the tables: accounts, practitioners with a home place,
	 * a stakeholder group and a concern each, as the directory shows them.
	 */
	private void addPractitioners() {
		Timestamp now = Timestamp.from(Instant.now());
		long place = jdbc.queryForObject("select min(id) from places", Long.class);
		long group = jdbc.queryForObject("select min(id) from stakeholder_groups", Long.class);
		long issue = jdbc.queryForObject("select min(id) from issues", Long.class);
		List<Object[]> accounts = new ArrayList<>();
		for (int i = 0; i < MORE; i++) {
			accounts.add(new Object[]{"scale%05d@example.org".formatted(i), now});
		}
		jdbc.batchUpdate("insert into accounts (email, password_hash, created_at) values (?, '{noop}x', ?)", accounts);
		jdbc.update("insert into account_roles (account_id, role) select id, 'MEMBER' from accounts "
				+ "where email like 'scale%@example.org'");
		jdbc.update("insert into practitioners (account_id, display_name, home_place_id, time_zone, created_at, "
				+ "updated_at) select id, 'Scale ' || email, ?, 'UTC', created_at, created_at from accounts "
				+ "where email like 'scale%@example.org'", place);
		jdbc.update(
				"insert into practitioner_stakeholder_groups (practitioner_id, stakeholder_group_id) select p.id, ? "
						+ "from practitioners p join accounts a on a.id = p.account_id where a.email like 'scale%@example.org'",
				group);
		jdbc.update("insert into practitioner_concerns (practitioner_id, issue_id) select p.id, ? from practitioners p "
				+ "join accounts a on a.id = p.account_id where a.email like 'scale%@example.org'", issue);
	}
}
