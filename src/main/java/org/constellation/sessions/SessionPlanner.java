package org.constellation.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.constellation.partnerships.PartnershipActivated;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.PartnershipState;
import org.constellation.partnerships.PartnershipStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans a partnership's upcoming sessions from its cadence, keeping
 * {@link #HORIZON} ahead. Nothing is planned unless the partnership is active.
 * A session the cadence gave is unique by the moment it was planned for, so two
 * app nodes filling the horizon at once cannot plan it twice.
 */
@Service
public class SessionPlanner {

	/** How many sessions the cadence keeps planned ahead. */
	public static final int HORIZON = 8;

	private static final Logger log = LoggerFactory.getLogger(SessionPlanner.class);

	private final Sessions sessions;
	private final Cadences cadences;
	private final PartnershipService partnerships;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SessionPlanner(Sessions sessions, Cadences cadences, PartnershipService partnerships,
			PlatformTransactionManager transactions, Clock clock) {
		this.sessions = sessions;
		this.cadences = cadences;
		this.partnerships = partnerships;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * After the cadence changed: sessions it gave that nobody moved, started or
	 * held are planned again; held, moved and one-off sessions stay.
	 */
	@Transactional
	public void replan(long partnershipId) {
		sessions.deleteUntouchedAfter(partnershipId, clock.instant());
		fill(partnershipId);
	}

	/**
	 * Plans sessions until {@link #HORIZON} lie ahead; returns how many it added.
	 */
	@Transactional
	public int fill(long partnershipId) {
		if (partnerships.ref(partnershipId).map(PartnershipRef::state).orElse(null) != PartnershipState.ACTIVE) {
			return 0;
		}
		Cadence cadence = cadences.findById(partnershipId).orElse(null);
		if (cadence == null) {
			return 0;
		}
		Instant now = clock.instant();
		long ahead = sessions.plannedAhead(partnershipId, now);
		if (ahead >= HORIZON) {
			return 0;
		}
		Instant last = sessions.lastPlannedFor(partnershipId);
		Instant from = last == null || last.isBefore(now) ? now : last;
		List<ZonedDateTime> starts = cadence.occurrencesAfter(from, (int) (HORIZON - ahead));
		int number = sessions.lastNumber(partnershipId);
		for (ZonedDateTime start : starts) {
			sessions.save(
					new Session(partnershipId, ++number, start, cadence.getDurationMinutes(), start.toInstant(), now));
		}
		sessions.flush();
		return starts.size();
	}

	/**
	 * A partnership whose cadence was set during the opening gets its sessions at
	 * once, after the activation is committed so a failure here never undoes it.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PartnershipActivated activated) {
		TransactionTemplate own = new TransactionTemplate(transaction.getTransactionManager());
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		own.execute(status -> fill(activated.partnershipId()));
	}

	/**
	 * Paused or closed: the sessions the cadence planned and nobody touched are
	 * taken off calendars; resumed: the horizon fills again. In the same
	 * transaction as the change, on its connection: a second connection taken while
	 * the first is still held would let a burst of changes wait on each other for
	 * the pool.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PartnershipStateChanged changed) {
		transaction.execute(status -> changed.state() == PartnershipState.ACTIVE
				? fill(changed.partnershipId())
				: sessions.deleteUntouchedAfter(changed.partnershipId(), clock.instant()));
	}

	/**
	 * The scheduled check: keeps every active partnership's horizon filled, in one
	 * statement when none is short (at national scale, thousands of partnerships
	 * were each read three times every five minutes).
	 */
	public int fillAll() {
		List<Long> ids = transaction.execute(status -> sessions.activeShortOfSessions(clock.instant(), HORIZON));
		int added = 0;
		for (Long id : ids) {
			try {
				Integer n = transaction.execute(status -> fill(id));
				added += n == null ? 0 : n;
			} catch (DataIntegrityViolationException planned) {
				// another node planned the same sessions at the same moment; its plan stands
				log.debug("Sessions of partnership {} were planned elsewhere meanwhile", id);
			}
		}
		return added;
	}
}
