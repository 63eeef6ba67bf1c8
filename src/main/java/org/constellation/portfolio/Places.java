package org.constellation.portfolio;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Places extends JpaRepository<Place, Long> {

	List<Place> findByParentIsNullOrderByName();

	List<Place> findByParent_IdOrderByName(Long parentId);

	List<Place> findAllByOrderByLevelRankAscNameAsc();

	Page<Place> findByParent_Id(Long parentId, Pageable pageable);

	Page<Place> findByLevel_Id(Long levelId, Pageable pageable);

	Page<Place> findByParent_IdAndLevel_Id(Long parentId, Long levelId, Pageable pageable);

	boolean existsByLevel_Id(Long levelId);

	long countByLevel_Id(Long levelId);

	@Query("select p.id as id, p.name as name from Place p where p.level.id = ?1 order by p.name")
	List<org.constellation.shared.Ref> choicesAt(Long levelId);

	/**
	 * Places whose name holds {@code pattern} (a lower-case LIKE pattern), the one
	 * named exactly {@code exact} first, then by name.
	 */
	@Query("""
			select p.id, p.name, l.name, parent.name from Place p join p.level l left join p.parent parent
			where lower(p.name) like ?1 escape '\\'
			order by case when lower(p.name) = ?2 then 0 else 1 end, p.name, parent.name""")
	List<Object[]> named(String pattern, String exact, Pageable most);

	@Query("select p from Place p join fetch p.level where p.id in ?1")
	List<Place> withLevels(java.util.Collection<Long> ids);

	@Query("select count(p) > 0 from Place p where lower(p.name) = lower(?1) and ((?2 is null and p.parent is null) or p.parent.id = ?2) and (?3 is null or p.id <> ?3)")
	boolean nameTakenUnder(String name, Long parentId, Long exceptId);

	@Query(value = """
			with recursive subtree(id) as (
			  select id from places where id = ?1
			  union all
			  select c.id from places c join subtree s on c.parent_id = s.id)
			select id from subtree""", nativeQuery = true)
	List<Long> subtreeIds(Long placeId);
}
