package org.constellation.repertoire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Artifacts extends JpaRepository<Artifact, Long>, JpaSpecificationExecutor<Artifact> {

	List<Artifact> findTop5ByCommunityIdOrderByCreatedAtDescIdDesc(long communityId);

	long countByCommunityId(long communityId);

	/** The tags used in a community, for the filter. */
	@Query("select distinct t from Artifact a join a.tags t where a.communityId = ?1 order by t")
	List<String> tagsIn(long communityId);

	/**
	 * The stored words of db/vendor/postgresql/V17_1, among the community's rows.
	 */
	@Query(value = """
			select * from artifacts where community_id = ?1
			and search_vector @@ plainto_tsquery('simple', ?2)
			order by created_at desc limit ?3""", nativeQuery = true)
	List<Artifact> searchFullText(long communityId, String text, int limit);

	@Query(value = """
			select * from artifacts where community_id = ?1
			and (lower(title) like ?2 escape '\\' or lower(body) like ?2 escape '\\')
			order by created_at desc limit ?3""", nativeQuery = true)
	List<Artifact> searchLike(long communityId, String pattern, int limit);
}
