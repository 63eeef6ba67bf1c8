package org.constellation.journeys;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Bewilderments extends JpaRepository<Bewilderment, Long> {

	/** Open ones first, then by when they were last touched. */
	@Query(value = "select b from Bewilderment b where b.practitionerId = ?1 order by case when b.state = org.constellation.journeys.BewildermentState.OPEN then 0 else 1 end, b.updatedAt desc, b.id desc", countQuery = "select count(b) from Bewilderment b where b.practitionerId = ?1")
	Page<Bewilderment> ofPerson(long practitionerId, Pageable pageable);
}
