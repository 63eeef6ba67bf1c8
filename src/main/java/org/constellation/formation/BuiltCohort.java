package org.constellation.formation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.formation.solver.Cohort;

/**
 * A cohort as the solver sees it, with the way back from its small integers to
 * the portfolio's ids: person index → practitioner id, bit → issue, stakeholder
 * group, language, level and place.
 */
record BuiltCohort(Cohort cohort, List<Long> practitionerIds, List<Long> issueIds, List<Long> stakeholderGroupIds,
		List<String> languages, List<Long> levelIds, List<Long> placeIds, Instant weekStart,
		Map<Long, Integer> indexOf) {

	int index(long practitionerId) {
		Integer i = indexOf.get(practitionerId);
		if (i == null) {
			throw new IllegalArgumentException("Not in this cohort: " + practitionerId);
		}
		return i;
	}
}
