package org.constellation.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Levels extends JpaRepository<Level, Long> {

	List<Level> findAllByOrderByRankAsc();

	Optional<Level> findFirstByOrderByRankAsc();

	Optional<Level> findFirstByOrderByRankDesc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
