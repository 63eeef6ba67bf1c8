package org.constellation.gatherings;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attendances extends JpaRepository<Attendance, Long> {

	List<Attendance> findByGatheringId(long gatheringId);

	@Query("select count(a) from Attendance a join Gathering g on g.id = a.gatheringId where g.communityId = ?1 and a.practitionerId = ?2 and g.startsAt >= ?3")
	long attendedSince(long communityId, long practitionerId, Instant since);
}
