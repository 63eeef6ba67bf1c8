package org.constellation.partnerships;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Partnerships extends JpaRepository<Partnership, Long> {

	@Query("select p.state from Partnership p where p.id = ?1")
	PartnershipState stateOf(long id);

	@Query("select p from Partnership p where p.openToRequests = true and p.state <> 'CLOSED' and p.id not in (select m.partnershipId from Partner m where m.practitionerId = ?1 and m.status in ('ACTIVE', 'INVITED', 'REQUESTED')) order by p.updatedAt desc")
	Page<Partnership> openToRequestsFor(long practitionerId, Pageable pageable);

	List<Partnership> findByIdIn(Collection<Long> ids);

	@Query("select p.state, count(p) from Partnership p where p.communityId = ?1 group by p.state")
	List<Object[]> countsByStateIn(long communityId);
}
