package org.constellation.formation.solver;

import static org.constellation.formation.solver.SolverFixtures.P.p;
import static org.constellation.formation.solver.SolverFixtures.placed;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormationConstraintsTests {

	private final ConstraintVerifier<FormationConstraints, Formation> verifier = ConstraintVerifier
			.build(new FormationConstraints(), Formation.class, Placement.class);

	private final Group g1 = new Group(0, 2, 4, 3);
	private final Group g2 = new Group(1, 2, 4, 3);

	private static Object[] facts(List<Placement> placements, Object... more) {
		List<Object> all = new ArrayList<>(placements);
		all.addAll(List.of(more));
		return all.toArray();
	}

	@Test
	void aGroupOfOneOrAboveTheLargestSizeBreaksTheSizeRuleByHowFarItIsOut() {
		var people = SolverFixtures.plain(7);
		List<Placement> placements = new ArrayList<>(placed(g1, people.get(0)));
		placements.addAll(placed(g2, people.subList(1, 7).toArray(Person[]::new)));
		verifier.verifyThat(FormationConstraints::groupSizeWithinBounds).given(placements.toArray()).penalizesBy(1 + 2);
		verifier.verifyThat(FormationConstraints::groupSizeWithinBounds)
				.given(placed(g1, people.get(0), people.get(1)).toArray()).penalizesBy(0);
	}

	@Test
	void aConfirmedReportingLineInsideAGroupBreaksTheRuleAndApartItDoesNot() {
		Person boss = p(0).build();
		Person staff = p(1).build();
		Person peer = p(2).build();
		PersonPair line = new PersonPair(boss, staff, PairKind.REPORTING_LINE);
		verifier.verifyThat(FormationConstraints::noReportingLineInsideAGroup)
				.given(facts(placed(g1, boss, staff, peer), line)).penalizesBy(1);
		List<Placement> apart = new ArrayList<>(placed(g1, boss, peer));
		apart.addAll(placed(g2, staff));
		verifier.verifyThat(FormationConstraints::noReportingLineInsideAGroup).given(facts(apart, line)).penalizesBy(0);
	}

	@Test
	void aGroupWithoutAnHourFreeForAllBreaksTheWindowRuleEvenWhenEachPairOverlaps() {
		// a and b share Monday, b and c share Wednesday, a and c share Friday: no hour
		// for all three
		Person a = p(0).free(SolverFixtures.meetingStarts(0, 10, 12)).build();
		long[] mondayWednesday = or(SolverFixtures.meetingStarts(0, 10, 12), SolverFixtures.meetingStarts(2, 10, 12));
		long[] wednesdayFriday = or(SolverFixtures.meetingStarts(2, 10, 12), SolverFixtures.meetingStarts(4, 10, 12));
		long[] mondayFriday = or(SolverFixtures.meetingStarts(0, 10, 12), SolverFixtures.meetingStarts(4, 10, 12));
		Person x = p(0).free(mondayFriday).build();
		Person y = p(1).free(mondayWednesday).build();
		Person z = p(2).free(wednesdayFriday).build();
		verifier.verifyThat(FormationConstraints::weeklyHourFreeForTheWholeGroup).given(placed(g1, x, y, z).toArray())
				.penalizesBy(1);
		verifier.verifyThat(FormationConstraints::weeklyHourFreeForTheWholeGroup).given(placed(g1, x, y).toArray())
				.penalizesBy(0);
		verifier.verifyThat(FormationConstraints::weeklyHourFreeForTheWholeGroup)
				.given(placed(g1, a, p(3).free(SolverFixtures.SATURDAY_NIGHT).build()).toArray()).penalizesBy(1);
	}

	private static long[] or(long[] a, long[] b) {
		long[] r = a.clone();
		for (int i = 0; i < r.length; i++) {
			r[i] |= b[i];
		}
		return r;
	}

	@Test
	void aGroupWithoutALanguageEveryoneSpeaksBreaksTheLanguageRule() {
		Person english = p(0).languages(0).build();
		Person bilingual = p(1).languages(0, 1).build();
		Person spanish = p(2).languages(1).build();
		verifier.verifyThat(FormationConstraints::languageEveryoneSpeaks)
				.given(placed(g1, english, bilingual, spanish).toArray()).penalizesBy(1);
		verifier.verifyThat(FormationConstraints::languageEveryoneSpeaks)
				.given(placed(g1, bilingual, spanish).toArray()).penalizesBy(0);
	}

	@Test
	void aDoNotMatchWishInsideAGroupBreaksTheRule() {
		Person a = p(0).build();
		Person b = p(1).build();
		verifier.verifyThat(FormationConstraints::doNotMatchWishesRespected)
				.given(facts(placed(g1, a, b), new PersonPair(a, b, PairKind.DO_NOT_MATCH))).penalizesBy(1);
		verifier.verifyThat(FormationConstraints::doNotMatchWishesRespected)
				.given(facts(placed(g1, a, b), new PersonPair(a, b, PairKind.PARTNERED_BEFORE))).penalizesBy(0);
	}

	@Test
	void placingSomeoneWithNoRoomLeftForAPartnershipBreaksTheCapacityRule() {
		Person full = p(0).capacity(0).build();
		Person free = p(1).capacity(2).build();
		verifier.verifyThat(FormationConstraints::withinCapacity).given(placed(g1, full, free).toArray())
				.penalizesBy(1);
		verifier.verifyThat(FormationConstraints::withinCapacity)
				.given(new Placement(full, null, false), new Placement(free, g1, false)).penalizesBy(0);
	}

	@Test
	void everyoneLeftUnassignedCountsAgainstTheGrouping() {
		var people = SolverFixtures.plain(3);
		verifier.verifyThat(FormationConstraints::everyonePlaced).given(new Placement(people.get(0), null, false),
				new Placement(people.get(1), null, false), new Placement(people.get(2), g1, false)).penalizesBy(2);
	}

	@Test
	void sharedConcernsAreRewardedPerPairUpToThree() {
		Person a = p(0).concerns(1, 2, 3, 4).build();
		Person b = p(1).concerns(1, 2, 3, 4).build();
		Person c = p(2).concerns(4, 5).build();
		verifier.verifyThat(FormationConstraints::sharedConcerns).given(placed(g1, a, b, c).toArray())
				.rewardsWith(3 + 1 + 1);
	}

	@Test
	void pairsFromDifferentStakeholderGroupsAreRewarded() {
		Person family = p(0).groups(0).build();
		Person educator = p(1).groups(1).build();
		Person educatorToo = p(2).groups(1, 2).build();
		Person unsaid = p(3).build();
		verifier.verifyThat(FormationConstraints::differentStakeholderGroups)
				.given(placed(g1, family, educator, educatorToo, unsaid).toArray()).rewardsWith(2);
	}

	@Test
	void pairsAcrossLevelsAreRewardedMoreThanPairsAcrossPlacesAtOneLevel() {
		Person school = p(0).at(3, 10).build();
		Person otherSchool = p(1).at(3, 11).build();
		Person state = p(2).at(1, 20).build();
		verifier.verifyThat(FormationConstraints::bridgingLevelsAndPlaces)
				.given(placed(g1, school, otherSchool, state).toArray()).rewardsWith(1 + 2 + 2);
	}

	@Test
	void peopleGroupedTogetherBeforeAreBetterApart() {
		Person a = p(0).build();
		Person b = p(1).build();
		Person c = p(2).build();
		verifier.verifyThat(FormationConstraints::notGroupedTogetherBefore).given(facts(placed(g1, a, b, c),
				new PersonPair(a, b, PairKind.PARTNERED_BEFORE), new PersonPair(b, c, PairKind.REPORTING_LINE)))
				.penalizesBy(1);
	}

	@Test
	void groupsAwayFromThePreferredSizeArePenalizedByTheDifference() {
		var people = SolverFixtures.plain(6);
		List<Placement> placements = new ArrayList<>(placed(g1, people.get(0), people.get(1)));
		placements.addAll(placed(g2, people.subList(2, 6).toArray(Person[]::new)));
		verifier.verifyThat(FormationConstraints::closeToPreferredSize).given(placements.toArray())
				.penalizesBy(2 * PairValues.SIZE_POINTS);
	}

	@Test
	void givenDistancesInsideGroupsAreRewarded() {
		Person a = Person.withDistances(0, new long[]{0, 5, 7});
		Person b = Person.withDistances(1, new long[]{5, 0, 11});
		Person c = Person.withDistances(2, new long[]{7, 11, 0});
		verifier.verifyThat(FormationConstraints::distanceWithinGroups).given(placed(g1, a, b, c).toArray())
				.rewardsWith(5 + 7 + 11);
	}
}
