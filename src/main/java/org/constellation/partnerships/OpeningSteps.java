package org.constellation.partnerships;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpeningSteps extends JpaRepository<OpeningStep, Long> {

	List<OpeningStep> findByScriptVersionIdOrderByPositionAsc(long scriptVersionId);
}
