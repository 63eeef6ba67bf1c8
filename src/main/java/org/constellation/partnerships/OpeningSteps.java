package org.constellation.partnerships;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpeningSteps extends JpaRepository<OpeningStep, Long> {

	List<OpeningStep> findByScriptVersionIdOrderByPositionAsc(long scriptVersionId);

	/**
	 * The step each of these partnerships in their opening is at (null once every
	 * step is done), and whether this partner has spoken at it.
	 */
	record Current(long partnershipId, Integer position, String question, long answersByPartner) {
	}

	@Query("select new org.constellation.partnerships.OpeningSteps$Current(p.id, s.position, s.question, "
			+ "(select count(a) from OpeningAnswer a where a.partnershipId = p.id and a.stepId = s.id and a.practitionerId = ?2)) "
			+ "from Partnership p left join OpeningStep s on s.scriptVersionId = p.scriptVersionId and s.position = p.openingStep + 1 "
			+ "where p.id in ?1")
	List<Current> currentSteps(Collection<Long> partnershipIds, long practitionerId);
}
