package org.constellation.gatherings;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attendances extends JpaRepository<Attendance, Long> {

	List<Attendance> findByGatheringId(long gatheringId);

	/**
	 * Gatherings of the community attended since then, and those proposed and not
	 * cancelled, in one statement: it is read on every community home.
	 */
	@Query(value = """
			select (select count(*) from gathering_attendance a join gatherings g on g.id = a.gathering_id
			        where g.community_id = ?1 and a.practitioner_id = ?2 and g.starts_at >= ?3)
			     + (select count(*) from gatherings g
			        where g.community_id = ?1 and g.proposed_by = ?2 and g.created_at >= ?3 and g.cancelled_at is null)
			""", nativeQuery = true)
	long attendedOrProposedSince(long communityId, long practitionerId, Instant since);
}
