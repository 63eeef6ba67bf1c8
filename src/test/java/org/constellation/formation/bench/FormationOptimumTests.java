package org.constellation.formation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.FormationResult;
import org.constellation.formation.solver.FormationSolver;
import org.constellation.formation.solver.FormationWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver against the proven optimum of small cohorts of one community
 * ({@link CohortGenerator#community}), and the enumeration that proves it
 * against trying every assignment.
 */
class FormationOptimumTests {

	private static final FormationWeights WEIGHTS = FormationWeights.DEFAULT;

	@ParameterizedTest
	@ValueSource(longs = {2, 3})
	void theSolverFindsTheProvenOptimumOfACohortOfEight(long seed) {
		Cohort cohort = new CohortGenerator(seed).community(8).cohort();
		Exhaustive.Optimum optimum = Exhaustive.of(cohort, WEIGHTS);

		FormationResult solved = new FormationSolver(Duration.ofSeconds(1), null).solve(cohort, WEIGHTS, null);

		assertThat(solved.rulesBroken()).as("rules broken: %s", solved.totals()).isZero();
		assertThat(solved.score()).isEqualTo(optimum.best().score());
	}

	@ParameterizedTest
	@ValueSource(longs = {2, 3})
	void theGroupsTheSolverReturnsScoreWhatTheSolverSaidTheyScore(long seed) {
		Cohort cohort = new CohortGenerator(seed).community(8).cohort();
		AtomicReference<HardMediumSoftScore> lastBest = new AtomicReference<>();

		FormationResult solved = new FormationSolver(Duration.ofSeconds(1), null).solve(cohort, WEIGHTS,
				(groups, score, done) -> lastBest.set(score));

		assertThat(lastBest.get()).isNotNull();
		assertThat(solved.score()).isEqualTo(lastBest.get());
	}

	@ParameterizedTest
	@ValueSource(longs = {1, 2, 3})
	void theEnumerationFindsWhatTryingEveryAssignmentFinds(long seed) {
		Cohort cohort = new CohortGenerator(seed).community(6).cohort();
		int n = cohort.people().size();
		int slots = n / 2;
		// every person in one of the slots or in none: (slots + 1)^n assignments,
		// rule-breaking ones included
		int[] label = new int[n];
		HardMediumSoftScore best = null;
		for (long code = 0, all = (long) Math.pow(slots + 1, n); code < all; code++) {
			long c = code;
			for (int i = 0; i < n; i++) {
				label[i] = (int) (c % (slots + 1)) - 1;
				c /= slots + 1;
			}
			Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
			for (int i = 0; i < n; i++) {
				if (label[i] >= 0) {
					groups.computeIfAbsent(label[i], g -> new ArrayList<>()).add(i);
				}
			}
			HardMediumSoftScore score = FormationSolver.result(cohort, List.copyOf(groups.values()), WEIGHTS).score();
			if (best == null || score.compareTo(best) > 0) {
				best = score;
			}
		}

		assertThat(Exhaustive.of(cohort, WEIGHTS).best().score()).isEqualTo(best);
	}
}
