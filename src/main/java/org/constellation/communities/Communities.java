package org.constellation.communities;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.constellation.shared.Ref;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Communities extends JpaRepository<Community, Long>, JpaSpecificationExecutor<Community> {

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	/*
	 * Native: Hibernate translates an HQL query with a list parameter again on
	 * every call.
	 */
	@Query(value = "select c.id as id, c.name as name from communities c where c.id in (?1)", nativeQuery = true)
	List<Ref> names(Collection<Long> ids);

	/**
	 * Communities whose charter names some of these issues, which anyone may join
	 * or ask to join: the most shared issues first, then the most lively.
	 */
	record Match(long id, String name, JoinPolicy joinPolicy, long sharedIssues) {
	}

	@Query("select new org.constellation.communities.Communities$Match(c.id, c.name, c.joinPolicy, count(i)) "
			+ "from Community c join c.issueIds i where i in ?1 and c.joinPolicy <> 'INVITATION' "
			+ "group by c.id, c.name, c.joinPolicy, c.lastActivityAt order by count(i) desc, c.lastActivityAt desc, c.id")
	List<Match> sharingIssues(Collection<Long> issueIds, Pageable limit);

	/**
	 * Rows of community id and issue id: which of these issues each charter names.
	 */
	@Query("select c.id, i from Community c join c.issueIds i where c.id in ?1 and i in ?2")
	List<Object[]> issuesAmong(Collection<Long> communityIds, Collection<Long> issueIds);

	@Query("select c.visibility from Community c where c.id = ?1")
	Visibility visibilityOf(long id);

	/**
	 * Of these communities, the ones a practitioner (or, with -1, no one) may read:
	 * public, or they are an active member. Native, as the other lookups by a list
	 * of ids are: Hibernate translates an HQL query with a list parameter afresh on
	 * every call, and a page of boundary spanners asks this for hundreds of
	 * communities.
	 */
	@Query(value = "select c.id from communities c where c.id in (?2) and (c.visibility = 'PUBLIC' or exists"
			+ " (select 1 from memberships m where m.community_id = c.id and m.practitioner_id = ?1"
			+ " and m.status = 'ACTIVE'))", nativeQuery = true)
	List<Long> readableAmong(long practitionerId, Collection<Long> ids);

	/**
	 * Activity moves a community up the lists without touching its version, so a
	 * convener editing the charter is never refused because someone posted.
	 */
	@Modifying
	@Query("update Community c set c.lastActivityAt = ?2 where c.id = ?1 and c.lastActivityAt < ?2")
	int touch(long id, Instant at);
}
