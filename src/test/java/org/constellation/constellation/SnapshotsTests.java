package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.communities.CommunityCensus;
import org.constellation.constellation.analytics.Snapshot;
import org.constellation.conversations.ConversationCensus;
import org.constellation.gatherings.GatheringCensus;
import org.constellation.partnerships.PartnershipCensus;
import org.constellation.people.PractitionerCensus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot behind the map, coverage and health is built again only when
 * something was written since, or once it is older than its longest life: at
 * national scale a build costs seconds of processor time. Kept over a census
 * made up here, whose stamps the tests change as writes would, on a clock they
 * move. ({@code SnapshotsIT} shows that the database's stamps change with what
 * is written.)
 */
class SnapshotsTests {

	private final MadeUpCensus census = new MadeUpCensus();
	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
	/**
	 * What the snapshots told the application: a new one built in the background.
	 */
	private final List<Object> published = new CopyOnWriteArrayList<>();
	private Snapshots snapshots;

	private Snapshots snapshots(Duration ttl, Duration stampInterval, Duration maxAge) {
		snapshots = new Snapshots(census, clock, published::add, ttl, stampInterval, maxAge);
		return snapshots;
	}

	@AfterEach
	void stop() {
		if (snapshots != null) {
			snapshots.stop();
		}
	}

	@Test
	void aRefreshWithNothingWrittenKeepsTheSnapshot() throws Exception {
		Snapshots snapshots = snapshots(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5));
		Snapshot first = snapshots.current();
		clock.move(Duration.ofMinutes(1));
		snapshots.refreshInTheBackground().get();
		assertThat(snapshots.current()).isSameAs(first);
		assertThat(census.builds.get()).isEqualTo(1);
	}

	@Test
	void theFirstSnapshotAndTheAnswersFromItArePreparedWhenTheApplicationIsReady() throws Exception {
		Snapshots snapshots = snapshots(Duration.ofSeconds(30), Duration.ZERO, Duration.ofMinutes(5));
		snapshots.buildTheFirst().get();
		assertThat(census.builds.get()).isEqualTo(1);
		// the answers written from it (the map's, coverage's) are prepared before
		// anyone asks
		assertThat(published).containsExactly(new ConstellationRefreshed());
		snapshots.current();
		assertThat(census.builds.get()).as("the first reader finds it built").isEqualTo(1);
	}

	@Test
	void newActivityMakesANewSnapshotOnTheNextRefresh() throws Exception {
		Snapshots snapshots = snapshots(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5));
		Snapshot first = snapshots.current();
		census.activity = "a reply since";
		assertThat(snapshots.current()).as("readers do not wait for activity").isSameAs(first);
		snapshots.refreshInTheBackground().get();
		Snapshot next = snapshots.current();
		assertThat(next).isNotSameAs(first);
		assertThat(census.builds.get()).isEqualTo(2);
		assertThat(published).as("later snapshots leave their answers to their first reader").isEmpty();
	}

	@Test
	void aChangedMembershipIsSeenByTheNextReaderWithoutARefresh() {
		Snapshots snapshots = snapshots(Duration.ofSeconds(30), Duration.ZERO, Duration.ofMinutes(5));
		Snapshot first = snapshots.current();
		census.memberships = "a new member";
		assertThat(snapshots.current()).isNotSameAs(first);
		assertThat(census.builds.get()).isEqualTo(2);
	}

	@Test
	void aSnapshotOlderThanItsLongestLifeIsBuiltAgainWithNothingWritten() throws Exception {
		Snapshots snapshots = snapshots(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5));
		Snapshot first = snapshots.current();
		clock.move(Duration.ofMinutes(4));
		snapshots.refreshInTheBackground().get();
		assertThat(snapshots.current()).as("four minutes old").isSameAs(first);
		clock.move(Duration.ofMinutes(2));
		snapshots.refreshInTheBackground().get();
		assertThat(snapshots.current()).as("six minutes old").isNotSameAs(first);
	}

	@Test
	void aSnapshotYoungerThanItsTimeToLiveIsNotEvenChecked() throws Exception {
		Snapshots snapshots = snapshots(Duration.ofSeconds(30), Duration.ZERO, Duration.ofMinutes(5));
		Snapshot first = snapshots.current();
		int activityReads = census.activityReads.get();
		census.activity = "a reply since";
		clock.move(Duration.ofSeconds(10));
		snapshots.refreshInTheBackground().get();
		assertThat(snapshots.current()).isSameAs(first);
		assertThat(census.activityReads.get()).as("activity stamps read").isEqualTo(activityReads);
		clock.move(Duration.ofSeconds(30));
		snapshots.refreshInTheBackground().get();
		assertThat(snapshots.current()).isNotSameAs(first);
	}

	@Test
	void readersShareOneReadOfTheStampPerInterval() {
		Snapshots snapshots = snapshots(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(5));
		snapshots.current();
		int reads = census.membershipReads.get();
		for (int i = 0; i < 100; i++) {
			snapshots.current();
		}
		assertThat(census.membershipReads.get()).as("within the second").isEqualTo(reads);
		census.memberships = "a new member";
		clock.move(Duration.ofMillis(1001));
		Snapshot after = snapshots.current();
		assertThat(census.membershipReads.get()).isEqualTo(reads + 1);
		assertThat(census.builds.get()).as("the change seen after the second").isEqualTo(2);
		assertThat(snapshots.current()).isSameAs(after);
	}

	/**
	 * Stamps the tests set; no facts (an empty constellation builds as well as a
	 * full one).
	 */
	private static final class MadeUpCensus implements Census {

		volatile String memberships = "memberships";
		volatile String activity = "activity";
		final AtomicInteger membershipReads = new AtomicInteger();
		final AtomicInteger activityReads = new AtomicInteger();
		final AtomicInteger builds = new AtomicInteger();

		@Override
		public String membershipStamp() {
			membershipReads.incrementAndGet();
			return memberships;
		}

		@Override
		public String activityStamp() {
			activityReads.incrementAndGet();
			return activity;
		}

		@Override
		public List<CommunityCensus.CommunityFact> communities() {
			// read first by every build
			builds.incrementAndGet();
			return List.of();
		}

		@Override
		public List<CommunityCensus.MembershipFact> activeMemberships() {
			return List.of();
		}

		@Override
		public Map<Long, PractitionerCensus.PractitionerFact> practitioners() {
			return Map.of();
		}

		@Override
		public List<ConversationCensus.WeeklyPosts> weeklyPostsSince(Instant firstWeek) {
			return List.of();
		}

		@Override
		public Map<Long, GatheringCensus.Rhythm> rhythms(Instant windowStart, Instant now) {
			return Map.of();
		}

		@Override
		public Map<Long, PartnershipCensus.CommunityRhythm> partnershipsByCommunity(Instant sessionsSince) {
			return Map.of();
		}
	}

	private static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
