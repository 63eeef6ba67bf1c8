package org.constellation.repertoire;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GlossaryTerms extends JpaRepository<GlossaryTerm, Long> {

	boolean existsByCommunityIdAndTermKey(long communityId, String termKey);

	boolean existsByCommunityIdAndTermKeyAndIdNot(long communityId, String termKey, long id);

	Page<GlossaryTerm> findByCommunityIdOrderByTermKeyAsc(long communityId, Pageable pageable);

	@Query("select g from GlossaryTerm g where g.communityId = ?1 and (g.termKey like ?2 escape '\\' or lower(g.meaning) like ?2 escape '\\') order by g.termKey")
	Page<GlossaryTerm> findMatching(long communityId, String pattern, Pageable pageable);

	long countByCommunityId(long communityId);

	/**
	 * The stored words of db/vendor/postgresql/V17_1, among the community's rows.
	 */
	@Query(value = """
			select * from glossary_terms where community_id = ?1
			and search_vector @@ plainto_tsquery('simple', ?2)
			order by term_key limit ?3""", nativeQuery = true)
	List<GlossaryTerm> searchFullText(long communityId, String text, int limit);

	@Query(value = """
			select * from glossary_terms where community_id = ?1
			and (term_key like ?2 escape '\\' or lower(meaning) like ?2 escape '\\' or lower(example) like ?2 escape '\\')
			order by term_key limit ?3""", nativeQuery = true)
	List<GlossaryTerm> searchLike(long communityId, String pattern, int limit);
}
