package org.constellation.formation.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.Map;

/**
 * How much each soft goal counts, from 0 (ignored) to 10. The hard rules and
 * "everyone placed" are not weighed: they always come first.
 */
public record FormationWeights(int sharedConcerns, int stakeholderDiversity, int levelDiversity, int newPairs,
		int preferredSize, int givenDistance) {

	public static final FormationWeights DEFAULT = new FormationWeights(3, 2, 2, 3, 2, 0);

	/**
	 * Only the instance's distances count, as in the published grouping benchmarks.
	 */
	public static final FormationWeights DISTANCE_ONLY = new FormationWeights(0, 0, 0, 0, 0, 1);

	public FormationWeights {
		for (int w : new int[]{sharedConcerns, stakeholderDiversity, levelDiversity, newPairs, preferredSize}) {
			if (w < 0 || w > 10) {
				throw new IllegalArgumentException("A weight lies between 0 and 10");
			}
		}
	}

	ConstraintWeightOverrides<HardMediumSoftScore> overrides() {
		return ConstraintWeightOverrides
				.of(Map.of(FormationConstraints.SHARED_CONCERNS, HardMediumSoftScore.ofSoft(sharedConcerns),
						FormationConstraints.STAKEHOLDER_DIVERSITY, HardMediumSoftScore.ofSoft(stakeholderDiversity),
						FormationConstraints.LEVEL_DIVERSITY, HardMediumSoftScore.ofSoft(levelDiversity),
						FormationConstraints.NEW_PAIRS, HardMediumSoftScore.ofSoft(newPairs),
						FormationConstraints.PREFERRED_SIZE, HardMediumSoftScore.ofSoft(preferredSize),
						FormationConstraints.GIVEN_DISTANCE, HardMediumSoftScore.ofSoft(givenDistance)));
	}
}
