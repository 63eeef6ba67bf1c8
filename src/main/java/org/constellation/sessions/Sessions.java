package org.constellation.sessions;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Sessions, and the few statements of the scheduled check that read a
 * partnership's state or keep its drift mark: {@code drift_noticed_at} is a
 * column of the partnerships table, kept by this module alone, so those are
 * plain SQL rather than reads of the partnerships module's entity.
 */
interface Sessions extends JpaRepository<Session, Long> {

	Optional<Session> findByPartnershipIdAndNumber(long partnershipId, int number);

	/**
	 * The session, its row locked until the transaction ends: starting, moving
	 * between steps, ending and checking in are decided one at a time per session,
	 * so that partners pressing at the same moment leave one consistent state.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Session s where s.partnershipId = ?1 and s.number = ?2")
	Optional<Session> lockByPartnershipIdAndNumber(long partnershipId, int number);

	/**
	 * What the session room shows changes with: the session's version (and what
	 * says whether it may start yet), its check-ins (how many, and the latest
	 * change), its notes and its commitments. One statement, asked every second or
	 * so by each open room.
	 */
	@Query("select s.version, s.status, s.startedAt, s.startsAt, (select count(c) from CheckIn c where c.sessionId = s.id), "
			+ "(select max(c.updatedAt) from CheckIn c where c.sessionId = s.id), "
			+ "(select count(n) from SessionNote n where n.sessionId = s.id), "
			+ "(select count(m) from Commitment m where m.sessionId = s.id) "
			+ "from Session s where s.partnershipId = ?1 and s.number = ?2")
	List<Object[]> roomStamp(long partnershipId, int number);

	@Query("select s from Session s where s.partnershipId = ?1 order by s.startsAt, s.number")
	List<Session> ofPartnership(long partnershipId);

	/**
	 * Every session of these partnerships, for the home page's next session and
	 * drift.
	 */
	@Query("select s from Session s where s.partnershipId in ?1 order by s.startsAt, s.number")
	List<Session> ofPartnerships(Collection<Long> partnershipIds);

	@Query("select coalesce(max(s.number), 0) from Session s where s.partnershipId = ?1")
	int lastNumber(long partnershipId);

	@Query("select max(s.plannedFor) from Session s where s.partnershipId = ?1")
	Instant lastPlannedFor(long partnershipId);

	@Query("select count(s) from Session s where s.partnershipId = ?1 and s.plannedFor is not null and s.startsAt > ?2")
	long plannedAhead(long partnershipId, Instant now);

	/**
	 * Sessions the cadence gave that nobody touched: replanned when the cadence
	 * changes.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Session s where s.partnershipId = ?1 and s.plannedFor is not null and s.startsAt > ?2 "
			+ "and s.startedAt is null and s.status <> org.constellation.sessions.SessionStatus.HELD "
			+ "and s.startsAt = s.plannedFor")
	int deleteUntouchedAfter(long partnershipId, Instant now);

	@Query("select s from Session s where s.partnershipId in ?1 and s.status <> org.constellation.sessions.SessionStatus.HELD "
			+ "and s.status <> org.constellation.sessions.SessionStatus.NOT_HELD "
			+ "and s.startsAt > ?2 order by s.startsAt")
	List<Session> upcomingIn(Collection<Long> partnershipIds, Instant since);

	/**
	 * Every session of these partnerships starting between two instants, whatever
	 * became of it.
	 */
	@Query("select s from Session s where s.partnershipId in ?1 and s.startsAt > ?2 and s.startsAt < ?3 "
			+ "order by s.startsAt, s.id")
	List<Session> startingBetween(Collection<Long> partnershipIds, Instant after, Instant before);

	@Query("select s from Session s where s.status = org.constellation.sessions.SessionStatus.PLANNED "
			+ "and s.remindedAt is null and s.startedAt is null and s.startsAt > ?1 and s.startsAt <= ?2 order by s.startsAt")
	List<Session> awaitingReminder(Instant now, Instant horizon);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update partnership_sessions set reminded_at = ?1 where id = ?2 and reminded_at is null", nativeQuery = true)
	int claimReminder(Instant at, long id);

	/**
	 * Partnerships that may be drifting: active, not yet told, with a session that
	 * passed unheld (never started, or ended without anyone checking in).
	 */
	@Query(value = "select distinct s.partnership_id from partnership_sessions s join partnerships p on p.id = s.partnership_id "
			+ "where p.state = 'ACTIVE' and p.drift_noticed_at is null "
			+ "and (s.status = 'PLANNED' and s.started_at is null or s.status = 'NOT_HELD') "
			+ "and s.starts_at < ?1", nativeQuery = true)
	List<Long> possiblyDrifting(Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update partnerships set drift_noticed_at = ?1 where id = ?2 and drift_noticed_at is null", nativeQuery = true)
	int claimDrift(Instant at, long partnershipId);

	@Modifying(flushAutomatically = true)
	@Query(value = "update partnerships set drift_noticed_at = null where id = ?1", nativeQuery = true)
	int resetDrift(long partnershipId);

	@Query(value = "select drift_noticed_at from partnerships where id = ?1", nativeQuery = true)
	Instant driftNoticedAt(long partnershipId);

	/**
	 * Active partnerships with a cadence and fewer than {@code horizon} planned
	 * sessions ahead: those the scheduled check has something to plan for. One
	 * statement over the partnerships' states, whatever their number.
	 */
	@Query(value = "select p.id from partnerships p where p.state = 'ACTIVE' "
			+ "and p.id in (select c.partnership_id from partnership_cadences c) and (select count(s.id) from partnership_sessions s "
			+ "where s.partnership_id = p.id and s.planned_for is not null and s.starts_at > ?1) < ?2", nativeQuery = true)
	List<Long> activeShortOfSessions(Instant now, long horizon);
}
