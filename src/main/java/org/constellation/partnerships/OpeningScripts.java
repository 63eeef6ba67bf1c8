package org.constellation.partnerships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpeningScripts extends JpaRepository<OpeningScript, Long> {

	List<OpeningScript> findAllByOrderByIdAsc();

	Optional<OpeningScript> findFirstByCreatedByIsNullOrderByIdAsc();

	boolean existsByNameIgnoreCase(String name);
}
