package org.constellation.partnerships;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionNotes extends JpaRepository<SessionNote, Long> {

	List<SessionNote> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);
}
