package org.constellation.portfolio;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Issues extends JpaRepository<Issue, Long> {

	@EntityGraph(attributePaths = "levels")
	List<Issue> findAllByOrderByNameAsc();

	List<Issue> findByParent_IdOrderByName(Long parentId);

	boolean existsByLevels_Id(Long levelId);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
