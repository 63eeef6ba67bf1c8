package org.constellation.journeys;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Revisits extends JpaRepository<Revisit, Long> {

	List<Revisit> findByBewildermentIdOrderByRevisitedAtAscIdAsc(long bewildermentId);

	@Query("select r.bewildermentId, count(r) from Revisit r where r.bewildermentId in ?1 group by r.bewildermentId")
	List<Object[]> counts(Collection<Long> bewildermentIds);
}
