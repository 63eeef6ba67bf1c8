package org.constellation.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Levels extends JpaRepository<Level, Long> {

	List<Level> findAllByOrderByRankAsc();

	Optional<Level> findFirstByOrderByRankAsc();

	Optional<Level> findFirstByOrderByRankDesc();

	/**
	 * One row a name: {@code kind} (issue, group, place, level), id, name, and a
	 * place's level or a level's rank. Each list needs at least one id.
	 */
	@Query(value = """
			select 'issue' as kind, i.id, i.name, cast(null as bigint) as level_id, cast(null as integer) as rank
			  from issues i where i.id in (:issues)
			union all select 'group', g.id, g.name, null, null from stakeholder_groups g where g.id in (:groups)
			union all select 'place', p.id, p.name, p.level_id, null from places p where p.id in (:places)
			union all select 'level', l.id, l.name, null, l.rank from levels l
			""", nativeQuery = true)
	List<Object[]> names(Collection<Long> issues, Collection<Long> groups, Collection<Long> places);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
