package org.constellation.formation.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Where one person is placed: in a group, or in none (left unassigned, which
 * the solver prefers to breaking a rule). A pinned placement is one a person
 * decided and the solver keeps.
 */
@PlanningEntity
public class Placement {

	@PlanningId
	private int id;

	private Person person;

	@PlanningVariable(allowsUnassigned = true)
	private Group group;

	@PlanningPin
	private boolean pinned;

	Placement() {
	}

	public Placement(Person person, Group group, boolean pinned) {
		this.id = person.index();
		this.person = person;
		this.group = group;
		this.pinned = pinned;
	}

	public int getId() {
		return id;
	}

	public Person getPerson() {
		return person;
	}

	public Group getGroup() {
		return group;
	}

	public void setGroup(Group group) {
		this.group = group;
	}

	public boolean isPinned() {
		return pinned;
	}

	public boolean isPlaced() {
		return group != null;
	}

	@Override
	public String toString() {
		return person + " in " + (group == null ? "no group" : "group " + group.index());
	}
}
