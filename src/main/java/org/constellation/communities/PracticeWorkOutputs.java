package org.constellation.communities;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeWorkOutputs extends JpaRepository<PracticeWorkOutput, Long> {

	List<PracticeWorkOutput> findByWorkIdOrderByAddedAtAscIdAsc(long workId);

	@Query("select count(o) from PracticeWorkOutput o where o.addedBy = ?2 and o.addedAt >= ?3 and o.workId in (select w.id from PracticeWork w where w.communityId = ?1)")
	long countAddedBy(long communityId, long practitionerId, Instant since);
}
