package org.constellation.partnerships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InfrastructureVersions extends JpaRepository<InfrastructureVersion, Long> {

	Optional<InfrastructureVersion> findFirstByPartnershipIdOrderByNumberDesc(long partnershipId);

	Page<InfrastructureVersion> findByPartnershipIdOrderByNumberDesc(long partnershipId, Pageable pageable);

	List<InfrastructureVersion> findByPartnershipIdAndEditedByOrderByNumberAsc(long partnershipId, long editedBy);

	Optional<InfrastructureVersion> findByPartnershipIdAndNumber(long partnershipId, int number);
}
