package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.constellation.communities.CommunityCensus;
import org.constellation.constellation.analytics.Snapshot;
import org.constellation.conversations.ConversationCensus;
import org.constellation.gatherings.GatheringCensus;
import org.constellation.partnerships.PartnershipCensus;
import org.constellation.people.PractitionerCensus;
import org.constellation.support.OnBothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The snapshot behind the map, coverage and health is built again only when
 * something was written since, or once it is older than its longest life: at
 * national scale a build costs seconds of processor time.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnapshotsIT {

	@Autowired
	CommunityCensus communities;
	@Autowired
	PractitionerCensus practitioners;
	@Autowired
	ConversationCensus conversations;
	@Autowired
	GatheringCensus gatherings;
	@Autowired
	PartnershipCensus partnerships;
	@Autowired
	JdbcClient jdbc;

	private Snapshots snapshots(Duration maxAge) {
		// a time to live of zero: every refresh looks at the stamps
		return new Snapshots(communities, practitioners, conversations, gatherings, partnerships, Clock.systemUTC(),
				Duration.ZERO, Duration.ZERO, maxAge);
	}

	/**
	 * The snapshot after up to five refreshes, fewer once it is no longer
	 * {@code first}: the refresh under way when a row is written may have read the
	 * stamps just before.
	 */
	private static Snapshot afterRefreshes(Snapshots snapshots, Snapshot first) throws Exception {
		Snapshot after = first;
		for (int i = 0; i < 5 && after == first; i++) {
			snapshots.refreshInTheBackground().get();
			after = snapshots.current();
		}
		return after;
	}

	@Test
	void aRefreshWithNothingWrittenKeepsTheSnapshotAndAWriteMakesANewOne() throws Exception {
		Snapshots snapshots = snapshots(Duration.ofMinutes(5));
		try {
			Snapshot first = snapshots.current();
			snapshots.refreshInTheBackground().get();
			assertThat(snapshots.current()).isSameAs(first);

			// as a gathering's change does: its version raised
			assertThat(
					jdbc.sql("update gatherings set version = version + 1 where id = (select min(id) from gatherings)")
							.update())
					.isEqualTo(1);
			assertThat(afterRefreshes(snapshots, first)).isNotSameAs(first);
		} finally {
			snapshots.stop();
		}
	}

	/**
	 * A new reply is seen by the next refresh: the posts' stamp is the newest
	 * thread and reply, and nothing else is needed since posts are never deleted.
	 * The reply is written with an earlier clock (as on a node whose clock is
	 * behind), and removed afterwards.
	 */
	@Test
	void aNewReplyMakesANewSnapshotOnTheNextRefresh() throws Exception {
		Snapshots snapshots = snapshots(Duration.ofMinutes(5));
		Long reply = null;
		try {
			Snapshot first = snapshots.current();
			snapshots.refreshInTheBackground().get();
			assertThat(snapshots.current()).isSameAs(first);

			java.sql.Timestamp lastYear = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(365)));
			assertThat(jdbc.sql("""
					insert into replies (thread_id, author_id, kind, body, body_html, created_at, updated_at)
					select id, author_id, 'REFLECTION', 'It helped', '<p>It helped</p>', :at, :at
					from threads where id = (select min(id) from threads)""").param("at", lastYear).update())
					.isEqualTo(1);
			reply = jdbc.sql("select max(id) from replies").query(Long.class).single();
			assertThat(afterRefreshes(snapshots, first)).isNotSameAs(first);
		} finally {
			snapshots.stop();
			if (reply != null) {
				jdbc.sql("delete from replies where id = ?").param(reply).update();
			}
		}
	}

	/**
	 * The stamp read before every answer sees a new member, even one written with
	 * an earlier clock (as on a node whose clock is behind): it is the newest row,
	 * not only the latest change. The membership is removed afterwards.
	 */
	@Test
	void aNewMemberWrittenWithAnEarlierClockMakesANewSnapshot() {
		Snapshots snapshots = snapshots(Duration.ofMinutes(5));
		Long membership = null;
		try {
			Snapshot first = snapshots.current();
			java.sql.Timestamp lastYear = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(365)));
			assertThat(jdbc
					.sql("""
							insert into memberships (community_id, practitioner_id, status, participation, why_here, convener,
							  legitimacy, created_at, updated_at, version)
							select c.id, p.id, 'ACTIVE', 'PERIPHERAL', '', false, '', :at, :at, 0
							from communities c cross join practitioners p
							where not exists (select 1 from memberships m where m.community_id = c.id and m.practitioner_id = p.id)
							order by c.id, p.id fetch first 1 rows only""")
					.param("at", lastYear).update()).isEqualTo(1);
			membership = jdbc.sql("select max(id) from memberships").query(Long.class).single();
			assertThat(snapshots.current()).isNotSameAs(first);
		} finally {
			snapshots.stop();
			if (membership != null) {
				jdbc.sql("delete from memberships where id = ?").param(membership).update();
			}
		}
	}

	@Test
	void aSnapshotOlderThanItsLongestLifeIsBuiltAgainWithNothingWritten() throws Exception {
		Snapshots snapshots = snapshots(Duration.ZERO);
		try {
			Snapshot first = snapshots.current();
			snapshots.refreshInTheBackground().get();
			assertThat(snapshots.current()).isNotSameAs(first);
		} finally {
			snapshots.stop();
		}
	}
}
