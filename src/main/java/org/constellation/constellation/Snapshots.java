package org.constellation.constellation;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.constellation.constellation.analytics.Snapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link Snapshot}. Before answering it compares two stamps
 * (communities and memberships, practitioners), read at most once per
 * {@code constellation.snapshot-stamp-interval} (a second by default: at
 * national scale they count hundreds of thousands of rows, too much for every
 * reader under load): a changed community, charter, membership or profile is
 * seen within that second (one reader rebuilds while the others wait for it).
 * Counts of posts and gatherings are refreshed in the background once the
 * snapshot is older than {@code constellation.snapshot-ttl} (30 seconds by
 * default), so they are at most that plus one build old, and nobody waits for
 * them. The refresh first reads the stamps of posts, gatherings and
 * partnerships: when none changed, the snapshot is kept, up to
 * {@code constellation.snapshot-max-age} (5 minutes by default; what is held or
 * upcoming also moves with the clock). At national scale a build costs seconds
 * of processor time, the stamps a tenth of a second.
 */
@Component
class Snapshots {

	private static final Duration GATHERING_WINDOW = Duration.ofDays(91);

	private final Census census;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Duration ttl;
	private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

	/**
	 * @param activity
	 *            the posts', gatherings' and partnerships' stamps read before the
	 *            snapshot was built
	 * @param checkedAt
	 *            when the activity was last found unchanged (or the build)
	 */
	private record Kept(Snapshot snapshot, String stamp, String activity, Instant checkedAt) {
	}

	private record Stamp(String value, Instant readAt) {
	}

	private volatile Kept kept;
	private volatile Stamp lastStamp;
	private final Duration stampInterval;
	private final Duration maxAge;
	private final AtomicBoolean refreshing = new AtomicBoolean();
	private final AtomicBoolean stampReading = new AtomicBoolean();
	private final ExecutorService refresher = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("constellation-snapshot").factory());

	Snapshots(Census census, Clock clock, ApplicationEventPublisher events,
			@Value("${constellation.snapshot-ttl:PT30S}") Duration ttl,
			@Value("${constellation.snapshot-stamp-interval:PT1S}") Duration stampInterval,
			@Value("${constellation.snapshot-max-age:PT5M}") Duration maxAge) {
		this.census = census;
		this.clock = clock;
		this.events = events;
		this.ttl = ttl;
		this.stampInterval = stampInterval;
		this.maxAge = maxAge;
	}

	@PreDestroy
	void stop() {
		refresher.shutdownNow();
	}

	Snapshot current() {
		String stamp = recentStamp();
		Kept now = kept;
		if (now != null && now.stamp().equals(stamp)) {
			if (!young(now)) {
				refreshInTheBackground();
			}
			return now.snapshot();
		}
		synchronized (this) {
			now = kept;
			if (now == null || !now.stamp().equals(stamp)) {
				String activity = activityStamp();
				now = new Kept(build(null), stamp, activity, clock.instant());
				kept = now;
			}
			return now.snapshot();
		}
	}

	/**
	 * Only the counts of activity are older than the time to live: the reader is
	 * answered from the snapshot kept, while one thread builds the next (keeping
	 * the boundary spanners already counted) and works out its map, coverage and
	 * health before it takes the old one's place, so no reader waits for them. The
	 * future is done once this refresh, or the one already under way, is.
	 */
	Future<?> refreshInTheBackground() {
		if (!refreshing.compareAndSet(false, true)) {
			// done once the refresh under way is: the refresher has one thread
			return refresher.submit(() -> {
			});
		}
		return refresher.submit(() -> {
			try {
				rebuildWhenChanged();
			} finally {
				refreshing.set(false);
			}
		});
	}

	/** Builds the next snapshot when something was written since the kept one. */
	private synchronized void rebuildWhenChanged() {
		Kept old = kept;
		String stamp = freshStamp();
		boolean sameMemberships = old != null && old.stamp().equals(stamp);
		if (sameMemberships && young(old)) {
			return;
		}
		String activity = activityStamp();
		Instant now = clock.instant();
		if (sameMemberships && old.activity().equals(activity) && old.snapshot().builtAt().plus(maxAge).isAfter(now)) {
			// nothing was written: the snapshot holds, checked again
			kept = new Kept(old.snapshot(), stamp, activity, now);
			return;
		}
		Snapshot next = build(sameMemberships ? old.snapshot() : null);
		next.wholeMap();
		next.coverage();
		next.health();
		kept = new Kept(next, stamp, activity, now);
	}

	/**
	 * The first snapshot is built when the application is ready, not by its first
	 * reader; then the answers written from it for every reader
	 * ({@link ConstellationRefreshed}: the map's, coverage's, health's), then its
	 * boundary spanners (seconds of betweenness at national scale), outside the
	 * lock readers wait on. Later snapshots leave those to their first reader, one
	 * for all: a rebuild each time something is written would count the spanners
	 * again each time, mostly for nobody.
	 */
	@EventListener(ApplicationReadyEvent.class)
	Future<?> buildTheFirst() {
		return refresher.submit(() -> {
			Snapshot first = current();
			events.publishEvent(new ConstellationRefreshed());
			first.boundarySpanners();
		});
	}

	/**
	 * Once the stamp is older than the interval, one reader reads it again while
	 * the others go on with the last one (older by at most that read): every reader
	 * reading it at once would count the memberships many times over.
	 */
	private String recentStamp() {
		Stamp last = lastStamp;
		if (last != null && last.readAt().plus(stampInterval).isAfter(clock.instant())) {
			return last.value();
		}
		boolean reading = stampReading.compareAndSet(false, true);
		if (!reading && last != null && !stampInterval.isZero()) {
			return last.value();
		}
		try {
			return freshStamp();
		} finally {
			if (reading) {
				stampReading.set(false);
			}
		}
	}

	private String freshStamp() {
		Instant at = clock.instant();
		String value = census.membershipStamp();
		lastStamp = new Stamp(value, at);
		return value;
	}

	private boolean young(Kept candidate) {
		return candidate.checkedAt().plus(ttl).isAfter(clock.instant());
	}

	private String activityStamp() {
		return census.activityStamp();
	}

	private Snapshot build(Snapshot sameMemberships) {
		Instant now = clock.instant();
		Instant thisWeek = now.atOffset(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.truncatedTo(ChronoUnit.DAYS).toInstant();
		Instant firstWeek = thisWeek.minus(Duration.ofDays(7L * (Snapshot.WEEKS - 1)));
		return new Snapshot(now, firstWeek, census.communities(), census.activeMemberships(), census.practitioners(),
				census.weeklyPostsSince(firstWeek), census.rhythms(now.minus(GATHERING_WINDOW), now),
				census.partnershipsByCommunity(now.minus(GATHERING_WINDOW)), threads, sameMemberships);
	}
}
