package org.constellation.formation.solver;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.function.Function;

/**
 * The partnership rules (hard), "everyone placed" (medium: nobody is left out
 * unless every group would break a rule for them), and the soft goals, whose
 * weights a formation run sets.
 */
public class FormationConstraints implements ConstraintProvider {

	public static final String SIZE = "Group size within the bounds";
	public static final String REPORTING_LINE = "No reporting line inside a group";
	public static final String SHARED_WINDOW = "A weekly hour free for the whole group";
	public static final String COMMON_LANGUAGE = "A language everyone speaks";
	public static final String DO_NOT_MATCH = "Do-not-match wishes respected";
	public static final String CAPACITY = "Nobody beyond the partnerships they can take";
	public static final String EVERYONE_PLACED = "Everyone placed";
	public static final String SHARED_CONCERNS = "Shared concerns";
	public static final String STAKEHOLDER_DIVERSITY = "Different stakeholder groups";
	public static final String LEVEL_DIVERSITY = "Bridging levels and places";
	public static final String NEW_PAIRS = "Not grouped together before";
	public static final String PREFERRED_SIZE = "Close to the preferred size";
	public static final String GIVEN_DISTANCE = "Distance within groups";

	/**
	 * The partnership rules: a group that breaks one is never proposed as it is.
	 */
	public static final java.util.Set<String> RULES = java.util.Set.of(SIZE, REPORTING_LINE, SHARED_WINDOW,
			COMMON_LANGUAGE, DO_NOT_MATCH, CAPACITY);

	// The same function objects everywhere, so that constraints asking for the
	// same pairs share one join inside the solver.
	private static final Function<Placement, Group> GROUP = Placement::getGroup;
	private static final Function<Placement, Integer> ID = Placement::getId;

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[]{groupSizeWithinBounds(factory), noReportingLineInsideAGroup(factory),
				weeklyHourFreeForTheWholeGroup(factory), languageEveryoneSpeaks(factory),
				doNotMatchWishesRespected(factory), withinCapacity(factory), everyonePlaced(factory),
				sharedConcerns(factory), differentStakeholderGroups(factory), bridgingLevelsAndPlaces(factory),
				notGroupedTogetherBefore(factory), closeToPreferredSize(factory), distanceWithinGroups(factory)};
	}

	// Why: a partnership has 2 to 7 partners (the run may narrow it); a group
	// of one is no partnership.
	Constraint groupSizeWithinBounds(ConstraintFactory factory) {
		return placed(factory).groupBy(GROUP, ConstraintCollectors.count())
				.filter((group, size) -> !group.sizeAllowed(size.intValue()))
				.penalize(HardMediumSoftScore.ONE_HARD, (group, size) -> group.sizeBreach(size.intValue()))
				.asConstraint(SIZE);
	}

	// Why: no partner is the supervisor of another; partnerships are peers.
	Constraint noReportingLineInsideAGroup(ConstraintFactory factory) {
		return keptApart(factory, PairKind.REPORTING_LINE, REPORTING_LINE);
	}

	// Why: partners who can never meet at the same hour never become a partnership.
	Constraint weeklyHourFreeForTheWholeGroup(ConstraintFactory factory) {
		return sharedByAll(factory, Person::meetingStarts, SHARED_WINDOW);
	}

	// Why: partners need one language they all speak to share lived experience.
	Constraint languageEveryoneSpeaks(ConstraintFactory factory) {
		return sharedByAll(factory, Person::languages, COMMON_LANGUAGE);
	}

	// Why: safety to be vulnerable starts with not being placed with someone one
	// avoids.
	Constraint doNotMatchWishesRespected(ConstraintFactory factory) {
		return keptApart(factory, PairKind.DO_NOT_MATCH, DO_NOT_MATCH);
	}

	// Why: people said how many partnerships they can take at once; more would
	// be a promise they cannot keep.
	Constraint withinCapacity(ConstraintFactory factory) {
		return placed(factory).filter(p -> p.getPerson().remainingCapacity() < 1).penalize(HardMediumSoftScore.ONE_HARD)
				.asConstraint(CAPACITY);
	}

	// Why: forming partnerships is the point; leave someone out only when no
	// group can take them without breaking a rule.
	Constraint everyonePlaced(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Placement.class).filter(p -> !p.isPlaced())
				.penalize(HardMediumSoftScore.ONE_MEDIUM).asConstraint(EVERYONE_PLACED);
	}

	// Why: shared concerns are what brings partners together meaningfully.
	Constraint sharedConcerns(ConstraintFactory factory) {
		return pairsInAGroup(factory).filter((a, b) -> PairValues.sharedConcerns(a.getPerson(), b.getPerson()) > 0)
				.reward(HardMediumSoftScore.ONE_SOFT, (a, b) -> PairValues.sharedConcerns(a.getPerson(), b.getPerson()))
				.asConstraint(SHARED_CONCERNS);
	}

	// Why: a family member, an educator and an official learn more from each
	// other than three educators do.
	Constraint differentStakeholderGroups(ConstraintFactory factory) {
		return pairsInAGroup(factory)
				.filter((a, b) -> PairValues.stakeholderDiversity(a.getPerson(), b.getPerson()) > 0)
				.reward(HardMediumSoftScore.ONE_SOFT).asConstraint(STAKEHOLDER_DIVERSITY);
	}

	// Why: partnerships that bridge levels of scale carry learning between
	// school, district, state and nation.
	Constraint bridgingLevelsAndPlaces(ConstraintFactory factory) {
		return pairsInAGroup(factory).filter((a, b) -> PairValues.levelDiversity(a.getPerson(), b.getPerson()) > 0)
				.reward(HardMediumSoftScore.ONE_SOFT, (a, b) -> PairValues.levelDiversity(a.getPerson(), b.getPerson()))
				.asConstraint(LEVEL_DIVERSITY);
	}

	// Why: new partners bring new frames of reference.
	Constraint notGroupedTogetherBefore(ConstraintFactory factory) {
		return pairsOfKindInAGroup(factory, PairKind.PARTNERED_BEFORE).penalize(HardMediumSoftScore.ONE_SOFT)
				.asConstraint(NEW_PAIRS);
	}

	// Why: the convener knows the size that suits this cohort best.
	Constraint closeToPreferredSize(ConstraintFactory factory) {
		return placed(factory).groupBy(GROUP, ConstraintCollectors.count())
				.filter((group, size) -> size.intValue() != group.preferredSize())
				.penalize(HardMediumSoftScore.ONE_SOFT, (group, size) -> PairValues.offSize(group, size.intValue()))
				.asConstraint(PREFERRED_SIZE);
	}

	// Why: the published grouping benchmarks measure heterogeneity as the sum
	// of given distances inside groups; people of a cohort carry none.
	Constraint distanceWithinGroups(ConstraintFactory factory) {
		return pairsInAGroup(factory).filter((a, b) -> a.getPerson().hasDistances())
				.reward(HardMediumSoftScore.ONE_SOFT, (a, b) -> a.getPerson().distanceTo(b.getPerson()))
				.asConstraint(GIVEN_DISTANCE);
	}

	private static ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream<Placement> placed(
			ConstraintFactory factory) {
		return factory.forEach(Placement.class).filter(Placement::isPlaced);
	}

	private static BiConstraintStream<Placement, Placement> pairsInAGroup(ConstraintFactory factory) {
		return placed(factory).join(Placement.class, equal(GROUP), lessThan(ID));
	}

	private static ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream<PersonPair, Placement, Placement> pairsOfKindInAGroup(
			ConstraintFactory factory, PairKind kind) {
		return factory.forEach(PersonPair.class).filter(pair -> pair.kind() == kind)
				.join(Placement.class, equal(PersonPair::first, Placement::getPerson)).filter((pair, a) -> a.isPlaced())
				.join(Placement.class, equal((pair, a) -> pair.second(), Placement::getPerson),
						equal((pair, a) -> a.getGroup(), GROUP));
	}

	private static Constraint keptApart(ConstraintFactory factory, PairKind kind, String name) {
		return pairsOfKindInAGroup(factory, kind).penalize(HardMediumSoftScore.ONE_HARD).asConstraint(name);
	}

	private static Constraint sharedByAll(ConstraintFactory factory, Function<Person, long[]> members, String name) {
		return placed(factory).groupBy(GROUP, new SharedByAll(members)).filter((group, shared) -> shared == 0)
				.penalize(HardMediumSoftScore.ONE_HARD).asConstraint(name);
	}
}
