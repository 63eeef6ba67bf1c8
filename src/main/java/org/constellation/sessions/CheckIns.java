package org.constellation.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckIns extends JpaRepository<CheckIn, Long> {

	Optional<CheckIn> findBySessionIdAndPractitionerId(long sessionId, long practitionerId);

	List<CheckIn> findBySessionIdOrderByUpdatedAtAsc(long sessionId);

	/** Whether anyone checked in as there: what makes an ended session held. */
	boolean existsBySessionIdAndAttendingTrue(long sessionId);

	List<CheckIn> findBySessionIdIn(Collection<Long> sessionIds);

	@org.springframework.data.jpa.repository.Query("select c from CheckIn c where c.practitionerId = ?2 and c.sessionId in (select s.id from Session s where s.partnershipId = ?1) order by c.updatedAt")
	List<CheckIn> writtenBy(long partnershipId, long practitionerId);
}
