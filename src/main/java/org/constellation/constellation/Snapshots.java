package org.constellation.constellation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.constellation.communities.CommunityCensus;
import org.constellation.constellation.analytics.Snapshot;
import org.constellation.conversations.ConversationCensus;
import org.constellation.gatherings.GatheringCensus;
import org.constellation.partnerships.PartnershipCensus;
import org.constellation.people.PractitionerCensus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link Snapshot}. Before answering it compares two cheap
 * stamps (communities and memberships, practitioners): a changed community,
 * charter, membership or profile is seen at once; counts of posts and
 * gatherings may be up to {@code constellation.snapshot-ttl} old (30 seconds by
 * default), and a snapshot rebuilt for them alone keeps the boundary spanners
 * already counted. One reader rebuilds while the others wait for it.
 */
@Component
class Snapshots {

	private static final Duration GATHERING_WINDOW = Duration.ofDays(91);

	private final CommunityCensus communities;
	private final PractitionerCensus practitioners;
	private final ConversationCensus conversations;
	private final GatheringCensus gatherings;
	private final PartnershipCensus partnerships;
	private final Clock clock;
	private final Duration ttl;
	private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

	private record Kept(Snapshot snapshot, String stamp) {
	}

	private volatile Kept kept;

	Snapshots(CommunityCensus communities, PractitionerCensus practitioners, ConversationCensus conversations,
			GatheringCensus gatherings, PartnershipCensus partnerships, Clock clock,
			@Value("${constellation.snapshot-ttl:PT30S}") Duration ttl) {
		this.communities = communities;
		this.practitioners = practitioners;
		this.conversations = conversations;
		this.gatherings = gatherings;
		this.partnerships = partnerships;
		this.clock = clock;
		this.ttl = ttl;
	}

	Snapshot current() {
		String stamp = communities.stamp() + "|" + practitioners.stamp();
		Kept now = kept;
		if (fresh(now, stamp)) {
			return now.snapshot();
		}
		synchronized (this) {
			now = kept;
			if (!fresh(now, stamp)) {
				now = new Kept(build(now != null && now.stamp().equals(stamp) ? now.snapshot() : null), stamp);
				kept = now;
			}
			return now.snapshot();
		}
	}

	private boolean fresh(Kept candidate, String stamp) {
		return candidate != null && candidate.stamp().equals(stamp)
				&& candidate.snapshot().builtAt().plus(ttl).isAfter(clock.instant());
	}

	private Snapshot build(Snapshot sameMemberships) {
		Instant now = clock.instant();
		Instant thisWeek = now.atOffset(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.truncatedTo(ChronoUnit.DAYS).toInstant();
		Instant firstWeek = thisWeek.minus(Duration.ofDays(7L * (Snapshot.WEEKS - 1)));
		return new Snapshot(now, firstWeek, communities.communities(), communities.activeMemberships(),
				practitioners.practitioners(), conversations.weeklyPostsSince(firstWeek),
				gatherings.rhythms(now.minus(GATHERING_WINDOW), now),
				partnerships.byCommunity(now.minus(GATHERING_WINDOW)), threads, sameMemberships);
	}
}
