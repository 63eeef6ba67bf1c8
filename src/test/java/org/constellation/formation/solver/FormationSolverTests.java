package org.constellation.formation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.formation.solver.SolverFixtures.P.p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
}
