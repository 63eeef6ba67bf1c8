package org.constellation.gatherings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Rsvps extends JpaRepository<Rsvp, Long> {

	Optional<Rsvp> findByGatheringIdAndPractitionerId(long gatheringId, long practitionerId);

	List<Rsvp> findByGatheringId(long gatheringId);

	List<Rsvp> findByPractitionerIdAndGatheringIdIn(long practitionerId, Collection<Long> gatheringIds);

	@Query("select r.practitionerId from Rsvp r where r.gatheringId = ?1 and r.response in (org.constellation.gatherings.RsvpResponse.YES, org.constellation.gatherings.RsvpResponse.MAYBE)")
	List<Long> attendingIds(long gatheringId);

	@Query("select r.gatheringId, r.response, count(r) from Rsvp r where r.gatheringId in ?1 group by r.gatheringId, r.response")
	List<Object[]> counts(Collection<Long> gatheringIds);
}
