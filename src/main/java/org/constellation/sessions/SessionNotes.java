package org.constellation.sessions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionNotes extends JpaRepository<SessionNote, Long> {

	List<SessionNote> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

	@org.springframework.data.jpa.repository.Query("select n from SessionNote n where n.authorId = ?2 and n.sessionId in (select s.id from Session s where s.partnershipId = ?1) order by n.createdAt")
	List<SessionNote> writtenBy(long partnershipId, long practitionerId);
}
