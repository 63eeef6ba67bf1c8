package org.constellation.partnerships;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Partners extends JpaRepository<Partner, Long> {

	Optional<Partner> findByPartnershipIdAndPractitionerId(long partnershipId, long practitionerId);

	List<Partner> findByPartnershipIdOrderByIdAsc(long partnershipId);

	@Query("select p from Partner p where p.partnershipId = ?1 and p.status = 'ACTIVE' order by p.seat")
	List<Partner> active(long partnershipId);

	@Query("select p.practitionerId from Partner p where p.partnershipId = ?1 and p.status = 'ACTIVE' order by p.seat")
	List<Long> activeIds(long partnershipId);

	@Query("select p.seat from Partner p where p.partnershipId = ?1 and p.status = 'ACTIVE'")
	List<Short> takenSeats(long partnershipId);

	@Query("select count(p) from Partner p where p.partnershipId = ?1 and p.status = 'INVITED'")
	long pendingInvitations(long partnershipId);

	@Query("select p from Partner p where p.practitionerId = ?1 and p.status in ?2 order by p.updatedAt desc")
	List<Partner> ofPractitioner(long practitionerId, Collection<PartnerStatus> statuses);

	@Query("select p.partnershipId, count(p) from Partner p where p.partnershipId in ?1 and p.status = 'ACTIVE' group by p.partnershipId")
	List<Object[]> activeCounts(Collection<Long> partnershipIds);
}
