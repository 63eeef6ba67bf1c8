package org.constellation.partnerships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Frames extends JpaRepository<Frame, Long> {

	Optional<Frame> findFirstByPartnershipIdAndPractitionerIdOrderByNumberDesc(long partnershipId, long practitionerId);

	List<Frame> findByPartnershipIdAndPractitionerIdOrderByNumberDesc(long partnershipId, long practitionerId);

	/** Each partner's latest version, in one query. */
	@Query("select f from Frame f where f.partnershipId = ?1 and f.number = (select max(g.number) from Frame g where g.partnershipId = f.partnershipId and g.practitionerId = f.practitionerId)")
	List<Frame> latestOf(long partnershipId);

	List<Frame> findByPartnershipIdAndPractitionerIdOrderByCreatedAtAsc(long partnershipId, long practitionerId);
}
