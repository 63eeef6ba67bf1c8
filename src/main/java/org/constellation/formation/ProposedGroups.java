package org.constellation.formation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposedGroups extends JpaRepository<ProposedGroup, Long> {

	Page<ProposedGroup> findByRunIdOrderByPosition(long runId, Pageable pageable);

	List<ProposedGroup> findByRunIdOrderByPosition(long runId);

	long countByRunId(long runId);

	@Query("select coalesce(max(g.position), -1) from ProposedGroup g where g.runId = ?1")
	int lastPosition(long runId);

	@Modifying
	@Query("delete from ProposedGroup g where g.runId = ?1 and g.pinned = false and g.partnershipId is null")
	int deleteUnpinned(long runId);
}
