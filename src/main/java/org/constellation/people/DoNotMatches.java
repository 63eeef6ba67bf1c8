package org.constellation.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DoNotMatches extends JpaRepository<DoNotMatch, DoNotMatch.Key> {

	List<DoNotMatch> findByPractitionerIdOrderByCreatedAtDesc(Long practitionerId);

	long countByPractitionerId(Long practitionerId);

	@Query("select new org.constellation.people.PractitionerPair(w.practitionerId, w.otherId) from DoNotMatch w where w.practitionerId in ?1")
	List<PractitionerPair> madeByAnyOf(Collection<Long> practitionerIds);
}
