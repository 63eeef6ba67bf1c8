package org.constellation.formation.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Which group a constraint's match is about (null for a person left
 * unassigned), so that a group's score can be broken down by constraint.
 */
public record GroupJustification(Group group, Person person) implements ConstraintJustification {

	static GroupJustification of(Group group) {
		return new GroupJustification(group, null);
	}
}
