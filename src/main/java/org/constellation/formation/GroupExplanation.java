package org.constellation.formation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Why a group was proposed: the concerns its members share (by all, and by
 * some), the weekly window that works for all of them (minutes from
 * {@code weekStart}, UTC), the stakeholder groups, levels and places it brings
 * together, and its score broken down by constraint. Stored with the group as
 * JSON and shown in each reader's own time zone.
 */
public record GroupExplanation(List<Long> issuesSharedByAll, List<Long> issuesSharedBySome, Instant weekStart,
		Integer windowStartMinute, Integer windowMinutes, List<Long> stakeholderGroupIds, List<Long> levelIds,
		List<Long> placeIds, Map<String, Long> breakdown, long score, long rulesBroken) {

	public boolean keepsTheRules() {
		return rulesBroken == 0;
	}
}
