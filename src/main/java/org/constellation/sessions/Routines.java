package org.constellation.sessions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Routines extends JpaRepository<Routine, Long> {

	@Query("select r from Routine r where r.partnershipId is null order by r.id")
	List<Routine> library();

	List<Routine> findByPartnershipIdOrderByNameAsc(long partnershipId);
}
