package org.constellation.sessions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Commitments extends JpaRepository<Commitment, Long> {

	List<Commitment> findBySessionIdOrderByIdAsc(long sessionId);

	/**
	 * Commitments made in earlier sessions and still open, or reviewed in this
	 * one's time.
	 */
	@Query("select c from Commitment c join Session s on s.id = c.sessionId where c.partnershipId = ?1 "
			+ "and s.startsAt < ?2 and c.sessionId <> ?3 and (c.status in (org.constellation.sessions.CommitmentStatus.OPEN, "
			+ "org.constellation.sessions.CommitmentStatus.STILL_TRYING) or c.reviewedAt >= ?2) order by s.startsAt, c.id")
	List<Commitment> toLookAgain(long partnershipId, java.time.Instant before, long sessionId);

	@org.springframework.data.jpa.repository.Query("select c from Commitment c where c.partnershipId = ?1 and c.practitionerId = ?2 order by c.createdAt")
	List<Commitment> writtenBy(long partnershipId, long practitionerId);
}
