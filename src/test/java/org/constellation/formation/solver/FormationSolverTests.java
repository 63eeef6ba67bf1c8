package org.constellation.formation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FormationSolverTests {

	@Test
	void formsACohortOfAThousandWithinTenSecondsKeepingEveryRule() {
		Cohort cohort = randomCohort(1000, 17);
		FormationWeights weights = FormationWeights.DEFAULT;
		FormationResult greedy = FormationSolver.result(cohort, Greedy.group(cohort, weights), weights);
		AtomicInteger told = new AtomicInteger();
		long started = System.nanoTime();
		FormationResult result = new FormationSolver(Duration.ofSeconds(10), Duration.ofSeconds(3)).solve(cohort,
				weights, (groups, score, done) -> told.incrementAndGet());
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(seconds).isLessThan(10.5);
		assertThat(result.rulesBroken()).isZero();
		assertThat(result.unassigned()).hasSizeLessThanOrEqualTo(greedy.unassigned().size());
		assertThat(result.score()).isGreaterThan(greedy.score());
		assertThat(told.get()).isPositive();
	}

	@Test
	void theScoreOfTheResultIsTheScoreTheSolverReported() {
		Cohort cohort = randomCohort(120, 5);
		List<HardMediumSoftScore> reported = new ArrayList<>();
		List<List<List<Integer>>> groupings = new ArrayList<>();
		FormationResult result = new FormationSolver(Duration.ofSeconds(2), null).solve(cohort,
				FormationWeights.DEFAULT, (groups, score, done) -> {
					reported.add(score);
					groupings.add(groups);
				});
		assertThat(reported).isNotEmpty();
		for (int k = 0; k < reported.size(); k++) {
			assertThat(FormationSolver.result(cohort, groupings.get(k), FormationWeights.DEFAULT).score())
					.isEqualTo(reported.get(k));
		}
		assertThat(result.score()).isEqualTo(reported.getLast());
	}

	@Test
	void stopEndsTheSolveSoon() throws InterruptedException {
		Cohort cohort = randomCohort(300, 9);
		FormationSolver solver = new FormationSolver(Duration.ofSeconds(30), null);
		Thread stopper = Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(1500);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			solver.stop();
		});
		long started = System.nanoTime();
		FormationResult result = solver.solve(cohort, FormationWeights.DEFAULT, null);
		stopper.join();
		assertThat((System.nanoTime() - started) / 1e9).isLessThan(5);
		assertThat(result.rulesBroken()).isZero();
	}

	/**
	 * People with one or two of three languages, free in one or two of four weekly
	 * blocks, a few reporting lines, do-not-match wishes and earlier partners.
	 */
	static Cohort randomCohort(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		long[][] blocks = {SolverFixtures.meetingStarts(1, 16, 19), SolverFixtures.meetingStarts(2, 8, 11),
				SolverFixtures.meetingStarts(3, 12, 15), SolverFixtures.meetingStarts(4, 18, 21)};
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			long[] languages = random.nextInt(4) == 0
					? SolverFixtures.bits(random.nextInt(3), random.nextInt(3))
					: SolverFixtures.bits(0);
			long[] free = blocks[random.nextInt(2)].clone();
			if (random.nextBoolean()) {
				free = orOf(free, blocks[2 + random.nextInt(2)]);
			}
			people.add(new Person(i, i, SolverFixtures.bits(random.nextInt(5)),
					SolverFixtures.bits(random.nextInt(12), random.nextInt(12), random.nextInt(12)), languages, free,
					random.nextInt(4), random.nextInt(20), random.nextInt(30) == 0 ? 0 : 1, null));
		}
		List<PersonPair> pairs = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				PairKind kind = PairKind.values()[k % 3];
				pairs.add(new PersonPair(people.get(a), people.get(b), kind));
			}
		}
		return Cohort.of(people, pairs, 3, 5, 4, List.of());
	}

	private static long[] orOf(long[] a, long[] b) {
		long[] r = a.clone();
		for (int i = 0; i < r.length; i++) {
			r[i] |= b[i];
		}
		return r;
	}
}
