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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The snapshot behind the map, coverage and health is built again only when
 * something was written since, or once it is older than its longest life: at
 * national scale a build costs seconds of processor time.
 */
@SpringBootTest
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
			Snapshot after = first;
			for (int i = 0; i < 5 && after == first; i++) {
				snapshots.refreshInTheBackground().get();
				after = snapshots.current();
			}
			assertThat(after).isNotSameAs(first);
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
			Snapshot after = first;
			for (int i = 0; i < 5 && after == first; i++) {
				snapshots.refreshInTheBackground().get();
				after = snapshots.current();
			}
			assertThat(after).isNotSameAs(first);
		} finally {
			snapshots.stop();
			if (reply != null) {
				jdbc.sql("delete from replies where id = ?").param(reply).update();
			}
		}
	}

	/**
	 * The stamp read before every answer sees a new member (even one written with
	 * an earlier clock, as on a node whose clock is behind), a member who leaves
	 * and a changed profile. Rolled back: the rows are the demo constellation's.
	 */
	@Test
	@Transactional
	void aNewMemberALeavingMemberAndAChangedProfileEachMakeANewSnapshot() {
		Snapshots snapshots = snapshots(Duration.ofMinutes(5));
		try {
			Snapshot first = snapshots.current();
			assertThat(snapshots.current()).isSameAs(first);

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
			Snapshot joined = snapshots.current();
			assertThat(joined).isNotSameAs(first);

			assertThat(jdbc.sql("update memberships set status = 'LEFT', updated_at = current_timestamp "
					+ "where id = (select max(id) from memberships)").update()).isEqualTo(1);
			Snapshot left = snapshots.current();
			assertThat(left).isNotSameAs(joined);

			assertThat(jdbc.sql("update practitioners set expertise = 'Restorative circles', "
					+ "updated_at = current_timestamp where id = (select min(id) from practitioners)").update())
					.isEqualTo(1);
			assertThat(snapshots.current()).isNotSameAs(left);
		} finally {
			snapshots.stop();
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
