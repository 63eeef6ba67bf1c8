package org.constellation.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.constellation.people.People;
import org.constellation.shared.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once an hour: each person with daily notices waiting gets one digest, in
 * their own morning, at most once in 20 hours. With several app nodes, the
 * hourly check runs on one of them (the lock below); should two runs still
 * meet, the claim in {@link NoticeEntries#claimForDigest} lets only one of them
 * mail a given notice. The same check mails notices whose immediate mail
 * failed.
 */
@Component
class DailyDigest implements ScheduledJob {

	static final String JOB = "notifications.daily-digest";

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
	static final LocalTime MORNING = LocalTime.of(7, 0);
	static final Duration BETWEEN_DIGESTS = Duration.ofHours(20);
	private static final Duration RETRY_AFTER = Duration.ofMinutes(10);

	private final NoticeEntries notices;
	private final NoticeMail noticeMail;
	private final ImmediateMail immediateMail;
	private final People people;
	private final Clock clock;
	private final TransactionTemplate newTransaction;

	DailyDigest(NoticeEntries notices, NoticeMail noticeMail, ImmediateMail immediateMail, People people, Clock clock,
			PlatformTransactionManager transactions) {
		this.notices = notices;
		this.noticeMail = noticeMail;
		this.immediateMail = immediateMail;
		this.people = people;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String name() {
		return JOB;
	}

	/**
	 * The hourly check. Held at least 5 minutes, so that a node whose clock is a
	 * few minutes off skips the hour instead of running it again; at most 50, so
	 * that a node that died while running frees the next hour.
	 */
	@Override
	@Scheduled(cron = "${constellation.notifications.digest-check:0 7 * * * *}")
	@SchedulerLock(name = JOB, lockAtLeastFor = "5m", lockAtMostFor = "50m")
	public void run() {
		Instant now = clock.instant();
		immediateMail.mailEach(notices.unmailed(Delivery.IMMEDIATELY, now.minus(RETRY_AFTER)));
		sendDue(now);
	}

	/** Sends the digests due at {@code now}; answers how many this run sent. */
	int sendDue(Instant now) {
		List<Long> waiting = notices.awaitingDigest(Delivery.DAILY);
		Map<Long, ZoneId> zones = people.timeZones(waiting);
		int sent = 0;
		for (Long recipient : waiting) {
			if (now.atZone(zones.getOrDefault(recipient, ZoneOffset.UTC)).toLocalTime().isBefore(MORNING)) {
				continue;
			}
			Instant last = notices.lastDigestAt(recipient);
			if (last != null && last.isAfter(now.minus(BETWEEN_DIGESTS))) {
				continue;
			}
			if (sendTo(recipient, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendTo(long recipient, Instant now) {
		String claim = UUID.randomUUID().toString();
		int claimed;
		try {
			claimed = newTransaction.execute(
					s -> notices.claimForDigest(recipient, Delivery.DAILY, now.minus(BETWEEN_DIGESTS), now, claim));
		} catch (RuntimeException raced) {
			// another node holds these rows and is sending them
			log.debug("Digest for {} is being sent elsewhere", recipient, raced);
			return false;
		}
		if (claimed == 0) {
			return false;
		}
		try {
			return noticeMail.mailDigest(recipient, claim);
		} catch (RuntimeException e) {
			newTransaction.executeWithoutResult(s -> notices.releaseDigestClaim(claim));
			log.warn("Digest for practitioner {} could not be sent; it will be tried at the next check", recipient, e);
			return false;
		}
	}
}
