package org.constellation.journeys;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JourneyStages extends JpaRepository<JourneyStage, Long> {

	@Query("select s from JourneyStage s order by s.position, s.id")
	List<JourneyStage> inOrder();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
