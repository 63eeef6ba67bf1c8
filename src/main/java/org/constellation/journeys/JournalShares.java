package org.constellation.journeys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalShares extends JpaRepository<JournalShare, Long> {

	List<JournalShare> findByEntryId(long entryId);

	Optional<JournalShare> findByEntryIdAndPartnershipId(long entryId, long partnershipId);

	boolean existsByEntryIdAndPartnershipId(long entryId, long partnershipId);
}
