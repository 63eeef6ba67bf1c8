package org.constellation.partnerships;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckIns extends JpaRepository<CheckIn, Long> {

	Optional<CheckIn> findBySessionIdAndPractitionerId(long sessionId, long practitionerId);

	List<CheckIn> findBySessionIdOrderByUpdatedAtAsc(long sessionId);

	List<CheckIn> findBySessionIdIn(Collection<Long> sessionIds);
}
