package org.constellation.formation.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Map;

/**
 * The groups a solve proposes (person indices; pinned groups first), who was
 * left unassigned, the score, and each group's score broken down by constraint
 * (soft goals as rewards, broken rules as penalties).
 */
public record FormationResult(List<List<Integer>> groups, List<Integer> unassigned, HardMediumSoftScore score,
		List<Map<String, Long>> breakdowns, Map<String, Long> totals) {

	public long rulesBroken() {
		return -score.hardScore();
	}
}
