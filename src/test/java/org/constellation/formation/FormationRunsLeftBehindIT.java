package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A run marked as solving long past its time limit was left by a node that
 * stopped and is said to have failed; a run still within its time may be
 * solving on another node of the same database and is left alone.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormationRunsLeftBehindIT {

	@Autowired
	FormationRunner runner;

	@Autowired
	JdbcClient jdbc;

	private long runningSince(Instant createdAt, int limitSeconds) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into formation_runs (cohort_label, min_size, preferred_size, max_size, time_limit_seconds,
				  weight_concerns, weight_stakeholders, weight_levels, weight_new_pairs, weight_size, status,
				  cohort_size, created_at)
				values ('Left behind', 2, 3, 4, :limit, 1, 1, 1, 1, 1, 'RUNNING', 0, :createdAt)
				""").param("limit", limitSeconds).param("createdAt", Timestamp.from(createdAt)).update(keys, "id");
		return keys.getKey().longValue();
	}

	private String status(long id) {
		return jdbc.sql("select status from formation_runs where id = ?").param(id).query(String.class).single();
	}

	@Test
	void onlyARunPastItsTimeLimitIsSaidToHaveFailed() {
		Instant now = Instant.now();
		long leftBehind = runningSince(now.minus(Duration.ofMinutes(30)), 60);
		long onAnotherNode = runningSince(now.minusSeconds(30), 60);
		// past its limit but within the time to build the cohort and write the groups
		long writing = runningSince(now.minusSeconds(60 + 60), 60);

		runner.failRunsLeftBehind();

		assertThat(status(leftBehind)).isEqualTo("FAILED");
		assertThat(jdbc.sql("select failure from formation_runs where id = ?").param(leftBehind).query(String.class)
				.single()).contains("start it again");
		assertThat(status(onAnotherNode)).isEqualTo("RUNNING");
		assertThat(status(writing)).isEqualTo("RUNNING");
		jdbc.sql("delete from formation_runs where cohort_label = 'Left behind'").update();
	}
}
