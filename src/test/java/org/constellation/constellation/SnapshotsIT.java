package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stamps that decide whether the snapshot behind the map, coverage and
 * health is built again, read from the database as it is written: every kind of
 * write that changes a snapshot changes a stamp, even one written with an
 * earlier clock (as on a node whose clock is behind), and nothing written
 * changes none. How snapshots are kept and refreshed over these stamps is
 * {@code SnapshotsTests}; the real application builds one in
 * {@code ConstellationApiIT}.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnapshotsIT {

	@Autowired
	ModuleCensus census;
	@Autowired
	Snapshots snapshots;
	@Autowired
	JdbcClient jdbc;

	private static final java.sql.Timestamp LAST_YEAR = java.sql.Timestamp
			.from(java.time.Instant.now().minus(Duration.ofDays(365)));

	@Autowired
	org.springframework.core.env.Environment environment;

	/** Each twin on the database it stands for (see {@code support.OnH2}). */
	@Test
	void runsOnTheDatabaseItIsMeantFor() {
		assertThat(environment.getProperty("spring.datasource.url")).startsWith(
				getClass().isAnnotationPresent(org.constellation.support.OnH2.class) ? "jdbc:h2:" : "jdbc:postgresql:");
	}

	@Test
	void nothingWrittenChangesNoStamp() {
		String memberships = census.membershipStamp();
		String activity = census.activityStamp();
		assertThat(census.membershipStamp()).isEqualTo(memberships);
		assertThat(census.activityStamp()).isEqualTo(activity);
	}

	@Test
	void aGatheringChangedChangesTheActivityStamp() {
		String before = census.activityStamp();
		// as a gathering's change does: its version raised
		assertThat(jdbc.sql("update gatherings set version = version + 1 where id = (select min(id) from gatherings)")
				.update()).isEqualTo(1);
		assertThat(census.activityStamp()).isNotEqualTo(before);
	}

	/**
	 * The posts' stamp is the newest thread and reply, and nothing else is needed
	 * since posts are never deleted. The reply is removed afterwards.
	 */
	@Test
	void aNewReplyWrittenWithAnEarlierClockChangesTheActivityStamp() {
		String before = census.activityStamp();
		assertThat(jdbc.sql("""
				insert into replies (thread_id, author_id, kind, body, body_html, created_at, updated_at)
				select id, author_id, 'REFLECTION', 'It helped', '<p>It helped</p>', :at, :at
				from threads where id = (select min(id) from threads)""").param("at", LAST_YEAR).update()).isEqualTo(1);
		long reply = jdbc.sql("select max(id) from replies").query(Long.class).single();
		try {
			assertThat(census.activityStamp()).isNotEqualTo(before);
		} finally {
			jdbc.sql("delete from replies where id = ?").param(reply).update();
		}
	}

	/**
	 * The stamp read before every answer sees a new member: it is the newest row,
	 * not only the latest change. The membership is removed afterwards.
	 */
	@Test
	void aNewMemberWrittenWithAnEarlierClockChangesTheMembershipStamp() {
		var snapshot = snapshots.current();
		String before = census.membershipStamp();
		assertThat(jdbc.sql("""
				insert into memberships (community_id, practitioner_id, status, participation, why_here, convener,
				  legitimacy, created_at, updated_at, version)
				select c.id, p.id, 'ACTIVE', 'PERIPHERAL', '', false, '', :at, :at, 0
				from communities c cross join practitioners p
				where not exists (select 1 from memberships m where m.community_id = c.id and m.practitioner_id = p.id)
				order by c.id, p.id fetch first 1 rows only""").param("at", LAST_YEAR).update()).isEqualTo(1);
		long membership = jdbc.sql("select max(id) from memberships").query(Long.class).single();
		try {
			assertThat(census.membershipStamp()).isNotEqualTo(before);
			// and the application's own snapshot is built again for the next reader
			assertThat(snapshots.current()).isNotSameAs(snapshot);
		} finally {
			jdbc.sql("delete from memberships where id = ?").param(membership).update();
		}
	}
}
