package org.constellation.formation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.formation.solver.SolverFixtures.P.p;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FormationSolverTests {

	private static FormationResult solve(Cohort cohort) {
		return new FormationSolver(Duration.ofSeconds(1), Duration.ofMillis(500)).solve(cohort,
				FormationWeights.DEFAULT, null);
	}

	@Test
	void peopleListedInAnyOrderAreGroupedWithoutBreakingARule() {
		// Spanish speakers first, English speakers after: the engine sorts people by
		// language inside,
		// and the groups it returns must still name the right people
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(p(i).languages(1).concerns(i % 3).build());
		}
		for (int i = 6; i < 12; i++) {
			people.add(p(i).languages(0).free(SolverFixtures.SATURDAY_NIGHT).concerns(i % 3).build());
		}
		List<PersonPair> pairs = List.of(new PersonPair(people.get(0), people.get(1), PairKind.REPORTING_LINE),
				new PersonPair(people.get(6), people.get(7), PairKind.DO_NOT_MATCH));
		Cohort cohort = Cohort.of(people, pairs, 2, 3, 3, List.of());

		FormationResult result = solve(cohort);

		assertThat(result.rulesBroken()).isZero();
		assertThat(result.unassigned()).isEmpty();
		for (List<Integer> group : result.groups()) {
			Set<Long> languages = new HashSet<>();
			group.forEach(i -> languages.add(people.get(i).languages()[0]));
			assertThat(languages).as("one language per group").hasSize(1);
			assertThat(!(group.contains(0) && group.contains(1))).as("never a supervisor with their staff").isTrue();
			assertThat(!(group.contains(6) && group.contains(7))).as("a wish respected").isTrue();
		}
	}

	@Test
	void someoneWhoFitsNoGroupIsLeftOutWithTheReasonAndNobodyElseIs() {
		List<Person> people = new ArrayList<>(SolverFixtures.plain(4));
		people.add(p(4).languages(7).build());
		people.add(p(5).capacity(0).build());
		Cohort cohort = Cohort.of(people, List.of(), 2, 3, 2, List.of());

		FormationResult result = solve(cohort);

		assertThat(result.rulesBroken()).isZero();
		assertThat(result.unassigned()).containsExactlyInAnyOrder(4, 5);
		assertThat(UnplacedReason.of(cohort, 4)).isEqualTo(UnplacedReason.NOBODY_COMPATIBLE);
		assertThat(UnplacedReason.of(cohort, 5)).isEqualTo(UnplacedReason.NO_CAPACITY);
	}

	@Test
	void pinnedGroupsAreKeptAsTheyAre() {
		List<Person> people = SolverFixtures.plain(7);
		Cohort cohort = Cohort.of(people, List.of(), 2, 3, 3, List.of(List.of(0, 6)));

		FormationResult result = solve(cohort);

		assertThat(result.groups().getFirst()).containsExactly(0, 6);
		assertThat(result.rulesBroken()).isZero();
		assertThat(result.unassigned()).isEmpty();
	}

	@Test
	void theScoreOfEveryGroupAddsUpToTheRunsScore() {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			people.add(p(i).concerns(i % 4, (i + 1) % 4).groups(i % 3).at(i % 2, i).build());
		}
		Cohort cohort = Cohort.of(people,
				List.of(new PersonPair(people.get(2), people.get(3), PairKind.PARTNERED_BEFORE)), 2, 4, 3, List.of());

		FormationResult result = solve(cohort);

		long soft = result.breakdowns().stream()
				.flatMap(b -> b.entrySet().stream().filter(e -> !FormationConstraints.RULES.contains(e.getKey())))
				.mapToLong(java.util.Map.Entry::getValue).sum();
		assertThat(result.score().softScore()).isEqualTo(soft);
		assertThat(result.totals().get(FormationConstraints.SHARED_CONCERNS)).isPositive();
	}

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
