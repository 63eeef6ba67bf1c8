package org.constellation.journeys;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageReflections extends JpaRepository<StageReflection, Long> {

	List<StageReflection> findByPractitionerIdOrderByReflectedOnAscIdAsc(long practitionerId);

	boolean existsByStageId(long stageId);
}
