package org.constellation.sessions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Reflections extends JpaRepository<Reflection, Long> {

	Optional<Reflection> findBySessionIdAndPractitionerId(long sessionId, long practitionerId);

	List<Reflection> findBySessionIdOrderByUpdatedAtAsc(long sessionId);

	@org.springframework.data.jpa.repository.Query("select r from Reflection r where r.practitionerId = ?2 and r.sessionId in (select s.id from Session s where s.partnershipId = ?1) order by r.updatedAt")
	List<Reflection> writtenBy(long partnershipId, long practitionerId);
}
