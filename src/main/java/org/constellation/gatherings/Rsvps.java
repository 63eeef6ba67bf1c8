package org.constellation.gatherings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Rsvps extends JpaRepository<Rsvp, Long> {

	Optional<Rsvp> findByGatheringIdAndPractitionerId(long gatheringId, long practitionerId);

	List<Rsvp> findByGatheringId(long gatheringId);

	/*
	 * Native, like counts: Hibernate translates a query with a list parameter from
	 * HQL to SQL again on every call (it caches no plan for it).
	 */
	@Query(value = "select * from gathering_rsvps where practitioner_id = ?1 and gathering_id in (?2)", nativeQuery = true)
	List<Rsvp> findByPractitionerIdAndGatheringIdIn(long practitionerId, Collection<Long> gatheringIds);

	@Query("select r.practitionerId from Rsvp r where r.gatheringId = ?1 and r.response in (org.constellation.gatherings.RsvpResponse.YES, org.constellation.gatherings.RsvpResponse.MAYBE)")
	List<Long> attendingIds(long gatheringId);

	/** Rows of gathering id, response (its name) and count. */
	@Query(value = "select gathering_id, response, count(*) from gathering_rsvps where gathering_id in (?1) group by gathering_id, response", nativeQuery = true)
	List<Object[]> counts(Collection<Long> gatheringIds);
}
