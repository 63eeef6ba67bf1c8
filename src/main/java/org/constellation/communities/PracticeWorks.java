package org.constellation.communities;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeWorks extends JpaRepository<PracticeWork, Long> {

	Page<PracticeWork> findByCommunityId(long communityId, Pageable pageable);

	Page<PracticeWork> findByCommunityIdAndStatus(long communityId, PracticeWorkStatus status, Pageable pageable);

	List<PracticeWork> findTop5ByCommunityIdAndStatusOrderByUpdatedAtDesc(long communityId, PracticeWorkStatus status);

	long countByCommunityIdAndStatus(long communityId, PracticeWorkStatus status);

	long countByCommunityIdAndProposedByAndCreatedAtGreaterThanEqual(long communityId, long proposedBy, Instant since);

	/** The expression matches the GIN index of db/vendor/postgresql/V7_1. */
	@Query(value = """
			select * from practice_work where community_id = ?1
			and to_tsvector('simple', title || ' ' || goal) @@ plainto_tsquery('simple', ?2)
			order by updated_at desc limit ?3""", nativeQuery = true)
	List<PracticeWork> searchFullText(long communityId, String text, int limit);

	@Query(value = """
			select * from practice_work where community_id = ?1
			and (lower(title) like ?2 escape '\\' or lower(goal) like ?2 escape '\\')
			order by updated_at desc limit ?3""", nativeQuery = true)
	List<PracticeWork> searchLike(long communityId, String pattern, int limit);
}
