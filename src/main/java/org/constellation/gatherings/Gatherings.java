package org.constellation.gatherings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Gatherings extends JpaRepository<Gathering, Long> {

	/** Upcoming (not yet ended) soonest first, then past ones, latest first. */
	@Query(value = "select g from Gathering g where g.communityId = ?1 order by case when g.endsAt > ?2 then 0 else 1 end, "
			+ "case when g.endsAt > ?2 then g.startsAt else null end asc, g.startsAt desc, g.id desc", countQuery = "select count(g) from Gathering g where g.communityId = ?1")
	Page<Gathering> ofCommunity(long communityId, Instant now, Pageable pageable);

	@Query("select g from Gathering g where g.communityId = ?1 and g.endsAt > ?2 and g.cancelledAt is null order by g.startsAt, g.id")
	List<Gathering> upcomingOf(long communityId, Instant now, Pageable limit);

	@Query("select g from Gathering g where g.communityId in ?1 and g.endsAt > ?2 and g.cancelledAt is null order by g.startsAt, g.id")
	List<Gathering> upcomingIn(Collection<Long> communityIds, Instant now, Pageable limit);

	@Query("select g from Gathering g where g.cancelledAt is null and g.reminderSentAt is null and g.startsAt > ?1 and g.startsAt <= ?2 order by g.startsAt")
	List<Gathering> awaitingReminder(Instant now, Instant horizon);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update gatherings set reminder_sent_at = ?1 where id = ?2 and reminder_sent_at is null", nativeQuery = true)
	int claimReminder(Instant at, long id);

	/**
	 * A person's yes and maybe answers, with the gatherings, from a given end on.
	 */
	@Query("select g, r.response from Gathering g join Rsvp r on r.gatheringId = g.id where r.practitionerId = ?1 "
			+ "and r.response in (org.constellation.gatherings.RsvpResponse.YES, org.constellation.gatherings.RsvpResponse.MAYBE) "
			+ "and g.endsAt > ?2 order by g.startsAt")
	List<Object[]> attendingSince(long practitionerId, Instant since);

	/**
	 * A person's yes and maybe answers, with the gatherings, that take place at
	 * least in part between two instants.
	 */
	@Query("select g, r.response from Gathering g join Rsvp r on r.gatheringId = g.id where r.practitionerId = ?1 "
			+ "and r.response in (org.constellation.gatherings.RsvpResponse.YES, org.constellation.gatherings.RsvpResponse.MAYBE) "
			+ "and g.endsAt > ?2 and g.startsAt < ?3 order by g.startsAt, g.id")
	List<Object[]> attendingBetween(long practitionerId, Instant from, Instant to);

	/** The next gatherings, not cancelled, a person said yes to. */
	@Query("select g from Gathering g join Rsvp r on r.gatheringId = g.id where r.practitionerId = ?1 "
			+ "and r.response = org.constellation.gatherings.RsvpResponse.YES and g.cancelledAt is null and g.endsAt > ?2 "
			+ "order by g.startsAt, g.id")
	List<Gathering> saidYesTo(long practitionerId, Instant now, Pageable limit);

	@Query("select g from Gathering g join Attendance a on a.gatheringId = g.id where a.practitionerId = ?1 order by g.startsAt desc, g.id desc")
	Page<Gathering> attendedBy(long practitionerId, Pageable pageable);

	/**
	 * Per proposer and community, the gatherings that have taken place (ended, not
	 * cancelled).
	 */
	@Query("select g.proposedBy, g.communityId, count(g) from Gathering g where g.proposedBy in ?1 and g.endsAt <= ?2 and g.cancelledAt is null group by g.proposedBy, g.communityId")
	List<Object[]> heldByProposers(Collection<Long> proposerIds, Instant now);
}
