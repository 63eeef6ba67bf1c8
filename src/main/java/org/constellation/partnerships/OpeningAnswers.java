package org.constellation.partnerships;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpeningAnswers extends JpaRepository<OpeningAnswer, Long> {

	List<OpeningAnswer> findByPartnershipIdOrderByCreatedAtAscIdAsc(long partnershipId);

	List<OpeningAnswer> findByPartnershipIdAndPractitionerIdOrderByCreatedAtAsc(long partnershipId,
			long practitionerId);

	@Query("select distinct a.practitionerId from OpeningAnswer a where a.partnershipId = ?1 and a.stepId = ?2")
	List<Long> answeredBy(long partnershipId, long stepId);

	@Query("select a.practitionerId from OpeningAnswer a where a.partnershipId = ?1 and a.stepId = ?2 and a.firstMove = true")
	List<Long> firstMover(long partnershipId, long stepId);

	@Query("select a from OpeningAnswer a where a.partnershipId = ?1 and a.stepId in ?2 order by a.stepId, a.createdAt")
	List<OpeningAnswer> inSteps(long partnershipId, Collection<Long> stepIds);
}
