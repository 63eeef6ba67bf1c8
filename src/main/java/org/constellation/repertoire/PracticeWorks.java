package org.constellation.repertoire;

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

	/**
	 * What the practitioner brought to the community's practice since then, in one
	 * statement: work proposed, outputs added, pieces of the repertoire and
	 * glossary terms.
	 */
	@Query(value = """
			select (select count(*) from practice_work w
			        where w.community_id = ?1 and w.proposed_by = ?2 and w.created_at >= ?3)
			     + (select count(*) from practice_work_outputs o join practice_work w on w.id = o.work_id
			        where w.community_id = ?1 and o.added_by = ?2 and o.added_at >= ?3)
			     + (select count(*) from artifacts a where a.community_id = ?1 and a.created_by = ?2 and a.created_at >= ?3)
			     + (select count(*) from glossary_terms g where g.community_id = ?1 and g.created_by = ?2 and g.created_at >= ?3)
			""", nativeQuery = true)
	long contributionsSince(long communityId, long practitionerId, Instant since);

	/**
	 * The stored words of db/vendor/postgresql/V17_1, among the community's rows.
	 */
	@Query(value = """
			select * from practice_work where community_id = ?1
			and search_vector @@ plainto_tsquery('simple', ?2)
			order by updated_at desc limit ?3""", nativeQuery = true)
	List<PracticeWork> searchFullText(long communityId, String text, int limit);

	@Query(value = """
			select * from practice_work where community_id = ?1
			and (lower(title) like ?2 escape '\\' or lower(goal) like ?2 escape '\\')
			order by updated_at desc limit ?3""", nativeQuery = true)
	List<PracticeWork> searchLike(long communityId, String pattern, int limit);
}
