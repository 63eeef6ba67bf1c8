package org.constellation.formation;

import java.util.List;
import java.util.Set;
import org.constellation.people.PractitionerSummary;
import org.constellation.shared.Ref;

/**
 * Someone who could bring to a community's table what it lacks, with the
 * concerns they share with it and why they are suggested, in plain words.
 */
public record TableRecommendation(long practitionerId, String displayName, List<Ref> stakeholderGroups, Ref homePlace,
		String homeLevel, List<Ref> sharedIssues, List<Ref> fillsStakeholderGroups, List<Ref> fillsLevels,
		String reason) {

	/**
	 * What this practitioner shares with the community and which of its gaps they
	 * fill; their level is the level of their home place.
	 */
	static TableRecommendation of(PractitionerSummary person, Long homeLevelId, Set<Long> communityIssueIds,
			TableGaps gaps, TableReasons reasons) {
		List<Ref> shared = person.concerns().stream().filter(c -> communityIssueIds.contains(c.id())).toList();
		Set<Long> groups = person.stakeholderGroups().stream().map(Ref::id)
				.collect(java.util.stream.Collectors.toSet());
		List<Ref> fillsGroups = gaps.missingGroups().stream().filter(g -> groups.contains(g.id())).toList();
		List<Ref> fillsLevels = gaps.missingLevels().stream().filter(l -> l.id().equals(homeLevelId)).toList();
		return new TableRecommendation(person.id(), person.displayName(), person.stakeholderGroups(),
				person.homePlace(), person.homeLevel(), shared, fillsGroups, fillsLevels,
				reasons.reason(shared, fillsGroups, fillsLevels));
	}
}
