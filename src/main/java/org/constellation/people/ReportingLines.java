package org.constellation.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingLines extends JpaRepository<ReportingLine, Long> {

	@Query("select r from ReportingLine r where r.supervisorId = ?1 or r.superviseeId = ?1 order by r.declaredAt desc")
	List<ReportingLine> involving(Long practitionerId);

	/** Lines declared by someone else that wait for this person's answer. */
	@Query("select count(r) from ReportingLine r where r.status = 'DECLARED' and (r.supervisorId = ?1 or r.superviseeId = ?1) and r.declaredById <> ?1")
	long awaitingAnswerFrom(long practitionerId);

	@Query("select r from ReportingLine r where (r.supervisorId = ?1 and r.superviseeId = ?2) or (r.supervisorId = ?2 and r.superviseeId = ?1)")
	Optional<ReportingLine> between(Long a, Long b);

	@Query("select new org.constellation.people.PractitionerPair(r.supervisorId, r.superviseeId) from ReportingLine r where r.status = 'CONFIRMED' and r.supervisorId in ?1")
	List<PractitionerPair> confirmedWithSupervisorAmong(Collection<Long> practitionerIds);

}
