package org.constellation.portfolio;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Issues extends JpaRepository<Issue, Long> {

	@EntityGraph(attributePaths = "levels")
	List<Issue> findAllByOrderByNameAsc();

	List<Issue> findByParent_IdOrderByName(Long parentId);

	@org.springframework.data.jpa.repository.Query("select i.id as id, i.name as name from Issue i order by i.name")
	List<org.constellation.shared.Ref> choices();

	boolean existsByLevels_Id(Long levelId);

	@org.springframework.data.jpa.repository.Query("select i.id as id, i.name as name from Issue i where i.id in ?1")
	List<org.constellation.shared.Ref> names(java.util.Collection<Long> ids);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
