package org.constellation.formation.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/**
 * A cohort to be formed into groups: its people, the places for groups, the
 * pairs the rules care about, where everyone is placed, and the score.
 */
@PlanningSolution
public class Formation {

	@ProblemFactCollectionProperty
	private List<Person> people;

	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<Group> groups;

	@ProblemFactCollectionProperty
	private List<PersonPair> pairs;

	@PlanningEntityCollectionProperty
	private List<Placement> placements;

	private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

	@PlanningScore
	private HardMediumSoftScore score;

	Formation() {
	}

	public Formation(List<Person> people, List<Group> groups, List<PersonPair> pairs, List<Placement> placements,
			FormationWeights weights) {
		this.people = people;
		this.groups = groups;
		this.pairs = pairs;
		this.placements = placements;
		this.constraintWeightOverrides = weights.overrides();
	}

	public List<Person> getPeople() {
		return people;
	}

	public List<Group> getGroups() {
		return groups;
	}

	public List<PersonPair> getPairs() {
		return pairs;
	}

	public List<Placement> getPlacements() {
		return placements;
	}

	public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
		return constraintWeightOverrides;
	}

	public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
		this.constraintWeightOverrides = overrides;
	}

	public HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(HardMediumSoftScore score) {
		this.score = score;
	}
}
