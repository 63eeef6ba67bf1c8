package org.constellation.communities;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.constellation.shared.Ref;
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

	@Query("select c.visibility from Community c where c.id = ?1")
	Visibility visibilityOf(long id);

	@Query("select c.id from Community c where c.visibility = 'PUBLIC' and c.id in ?1")
	List<Long> publicAmong(Collection<Long> ids);

	/**
	 * Activity moves a community up the lists without touching its version, so a
	 * convener editing the charter is never refused because someone posted.
	 */
	@Modifying
	@Query("update Community c set c.lastActivityAt = ?2 where c.id = ?1 and c.lastActivityAt < ?2")
	int touch(long id, Instant at);
}
