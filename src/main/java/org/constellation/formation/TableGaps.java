package org.constellation.formation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.shared.Ref;

/**
 * What a community's charter asks for at its table (stakeholder groups and
 * levels of scale) and which of it none of its active members brings yet.
 */
public record TableGaps(List<Ref> askedGroups, List<Ref> askedLevels, List<Ref> missingGroups,
		List<Ref> missingLevels) {

	/**
	 * The asked groups and levels come in the order to show them; what is missing
	 * keeps that order.
	 */
	static TableGaps of(List<Ref> askedGroups, List<Ref> askedLevels, Set<Long> groupsPresent,
			Set<Long> levelsPresent) {
		return new TableGaps(List.copyOf(askedGroups), List.copyOf(askedLevels),
				askedGroups.stream().filter(g -> !groupsPresent.contains(g.id())).toList(),
				askedLevels.stream().filter(l -> !levelsPresent.contains(l.id())).toList());
	}

	public boolean asksForNothing() {
		return askedGroups.isEmpty() && askedLevels.isEmpty();
	}

	public boolean lacksNothing() {
		return missingGroups.isEmpty() && missingLevels.isEmpty();
	}

	Set<Long> missingGroupIds() {
		return missingGroups.stream().map(Ref::id).collect(Collectors.toSet());
	}

	Set<Long> missingLevelIds() {
		return missingLevels.stream().map(Ref::id).collect(Collectors.toSet());
	}
}
