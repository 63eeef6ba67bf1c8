package org.constellation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone exploring the demo reads journals, commitments and reflections as
 * those of real people: no two journals are copies of one another, and no
 * partnership makes the same commitment or reflection twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoVarietyIT {

	private static final List<String> JOURNAL_KEEPERS = List.of("member05@example.org", "member06@example.org",
			"member07@example.org", "member08@example.org", "member10@example.org", "member11@example.org");

	private static final List<String> PARTNERSHIPS_WITH_HISTORY = List.of(
			"Keeping families at the centre of IEP meetings",
			"Co-teaching when the specialist is only there twice a week", "Transitions from school to adult life",
			"Behaviour support without punishment", "Leading inclusive change across a state",
			"Paraprofessionals as partners, not helpers", "Our first year as a parent-teacher pair");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyJournalIsItsKeepersOwn() {
		for (String table : List.of("journal_entries", "bewilderments", "milestones")) {
			String text = table.equals("bewilderments") ? "text" : "title";
			List<String> shared = jdbc.sql("""
					select t.%s from %s t
					join practitioners p on p.id = t.practitioner_id join accounts a on a.id = p.account_id
					where a.email in (:keepers)
					group by t.%s having count(distinct t.practitioner_id) > 1
					""".formatted(text, table, text)).param("keepers", JOURNAL_KEEPERS).query(String.class).list();
			assertThat(shared).as("%s written by more than one demo person", table).isEmpty();
		}
		long keepersWithEntries = jdbc.sql("""
				select count(distinct e.practitioner_id) from journal_entries e
				join practitioners p on p.id = e.practitioner_id join accounts a on a.id = p.account_id
				where a.email in (:keepers)
				""").param("keepers", JOURNAL_KEEPERS).query(Long.class).single();
		assertThat(keepersWithEntries).isEqualTo(JOURNAL_KEEPERS.size());
	}

	@Test
	void noPartnershipRepeatsACommitmentOrAReflection() {
		List<String> repeated = jdbc
				.sql("""
						select p.focus || ': ' || c.body from session_commitments c join partnerships p on p.id = c.partnership_id
						where p.focus in (:focus) group by p.focus, c.body having count(*) > 1
						union all
						select p.focus || ': ' || r.body from session_reflections r
						join partnership_sessions s on s.id = r.session_id join partnerships p on p.id = s.partnership_id
						where p.focus in (:focus) group by p.focus, r.body having count(*) > 1
						""")
				.param("focus", PARTNERSHIPS_WITH_HISTORY).query(String.class).list();
		assertThat(repeated).isEmpty();
		long commitments = jdbc.sql("""
				select count(*) from session_commitments c join partnerships p on p.id = c.partnership_id
				where p.focus in (:focus)
				""").param("focus", PARTNERSHIPS_WITH_HISTORY).query(Long.class).single();
		assertThat(commitments).as("the demo's partnerships made commitments").isGreaterThan(40);
	}
}
