package org.constellation.partnerships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Reflections extends JpaRepository<Reflection, Long> {

	Optional<Reflection> findBySessionIdAndPractitionerId(long sessionId, long practitionerId);

	List<Reflection> findBySessionIdOrderByUpdatedAtAsc(long sessionId);
}
