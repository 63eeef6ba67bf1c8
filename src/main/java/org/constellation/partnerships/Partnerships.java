package org.constellation.partnerships;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Partnerships extends JpaRepository<Partnership, Long> {

	/**
	 * The partnership, its row locked until the transaction ends: who is in and
	 * what state it is in are decided one change at a time per partnership.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Partnership p where p.id = ?1")
	Optional<Partnership> lockById(long id);

	@Query("select p.focus from Partnership p where p.state <> 'CLOSED' and p.id in (select a.partnershipId from Partner a, Partner b where a.partnershipId = b.partnershipId and a.practitionerId = ?1 and b.practitionerId = ?2 and a.status = 'ACTIVE' and b.status = 'ACTIVE') order by p.id")
	List<String> notClosedSharedBy(long practitionerId, long otherPractitionerId);

	@Query("select p.state from Partnership p where p.id = ?1")
	PartnershipState stateOf(long id);

	@Query("select p from Partnership p where p.openToRequests = true and p.state <> 'CLOSED' and p.id not in (select m.partnershipId from Partner m where m.practitionerId = ?1 and m.status in ('ACTIVE', 'INVITED', 'REQUESTED')) order by p.updatedAt desc")
	Page<Partnership> openToRequestsFor(long practitionerId, Pageable pageable);

	List<Partnership> findByIdIn(Collection<Long> ids);

	@Query("select new org.constellation.partnerships.PartnershipRef(p.id, p.focus, p.state) from Partnership p, Partner m "
			+ "where m.partnershipId = p.id and m.practitionerId = ?1 and m.status = 'ACTIVE' and p.state = ?2 order by p.id")
	List<PartnershipRef> ofPartnerIn(long practitionerId, PartnershipState state);

	@Query("select p.state, count(p) from Partnership p where p.communityId = ?1 group by p.state")
	List<Object[]> countsByStateIn(long communityId);

	/**
	 * Sessions held since a moment by the partnerships started in a community:
	 * counted straight from the sessions module's table, so that this module never
	 * depends on the one that plans them.
	 */
	@Query(value = "select count(*) from partnership_sessions s where s.status = 'HELD' and s.starts_at > ?2 "
			+ "and s.partnership_id in (select p.id from partnerships p where p.community_id = ?1)", nativeQuery = true)
	long heldInCommunitySince(long communityId, Instant since);
}
