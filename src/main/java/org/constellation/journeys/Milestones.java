package org.constellation.journeys;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Milestones extends JpaRepository<Milestone, Long> {

	List<Milestone> findByPractitionerIdOrderByHappenedOnAscIdAsc(long practitionerId);
}
