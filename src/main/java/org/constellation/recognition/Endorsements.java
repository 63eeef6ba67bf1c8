package org.constellation.recognition;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Endorsements extends JpaRepository<Endorsement, Long> {

	Page<Endorsement> findBySocialArtistIdOrderByCreatedAtDescIdDesc(long socialArtistId, Pageable pageable);

	Page<Endorsement> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	List<Endorsement> findBySocialArtistIdInOrderByCreatedAtDescIdDesc(Collection<Long> socialArtistIds);

	@Query("select e.socialArtistId, count(e) from Endorsement e where e.socialArtistId in ?1 group by e.socialArtistId")
	List<Object[]> countsFor(Collection<Long> socialArtistIds);
}
