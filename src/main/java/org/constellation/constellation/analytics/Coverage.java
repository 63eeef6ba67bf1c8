package org.constellation.constellation.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.CommunityCensus.CommunityFact;
import org.constellation.people.PractitionerCensus.PractitionerFact;

/**
 * Which issues have a community at which level, and who is at their tables.
 * Cells exist only where something is: a missing cell is a gap.
 */
public record Coverage(Map<Key, LevelCell> byLevel, Map<Key, GroupCell> byGroup, List<CommunityGaps> gaps) {

	/** An (issue, level) or (issue, stakeholder group) cell. */
	public record Key(long issueId, long otherId) {
	}

	/**
	 * Communities on an issue at a level, their distinct members and posts in the
	 * last 13 weeks.
	 */
	public record LevelCell(long issueId, long levelId, int communities, int members, int recentPosts) {
	}

	/**
	 * People of a stakeholder group in the issue's communities; how many of those
	 * communities ask for the group, and how many of those have nobody of it.
	 */
	public record GroupCell(long issueId, long groupId, int members, int communitiesAsking, int communitiesLacking) {
	}

	/** What a community's charter asks for that none of its members brings. */
	public record CommunityGaps(long communityId, String name, List<Long> missingGroupIds, List<Long> missingLevelIds) {
	}

	static Coverage of(Snapshot snapshot) {
		Map<Long, List<Long>> communitiesByIssue = new HashMap<>();
		for (CommunityFact c : snapshot.communities()) {
			c.issueIds()
					.forEach(issue -> communitiesByIssue.computeIfAbsent(issue, k -> new ArrayList<>()).add(c.id()));
		}
		Map<Long, Set<Long>> groupsPresent = new HashMap<>();
		Map<Long, Set<Long>> levelsPresent = new HashMap<>();
		List<CommunityGaps> gaps = new ArrayList<>();
		for (CommunityFact c : snapshot.communities()) {
			Set<Long> groups = new HashSet<>();
			Set<Long> levels = new HashSet<>();
			for (long member : snapshot.members(c.id())) {
				PractitionerFact person = snapshot.practitioner(member);
				if (person != null) {
					groups.addAll(person.groupIds());
					if (person.homeLevelId() != null) {
						levels.add(person.homeLevelId());
					}
				}
			}
			groupsPresent.put(c.id(), groups);
			levelsPresent.put(c.id(), levels);
			List<Long> missingGroups = c.askedGroupIds().stream().filter(g -> !groups.contains(g)).sorted().toList();
			List<Long> missingLevels = c.neededLevelIds().stream().filter(l -> !levels.contains(l)).sorted().toList();
			if (!missingGroups.isEmpty() || !missingLevels.isEmpty()) {
				gaps.add(new CommunityGaps(c.id(), c.name(), missingGroups, missingLevels));
			}
		}
		gaps.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));

		Map<Key, LevelCell> byLevel = new HashMap<>();
		Map<Key, GroupCell> byGroup = new HashMap<>();
		communitiesByIssue.forEach((issue, ids) -> {
			Map<Long, List<Long>> atLevel = new HashMap<>();
			for (long id : ids) {
				Snapshot.levelsOf(snapshot.community(id))
						.forEach(level -> atLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(id));
			}
			atLevel.forEach((level, here) -> {
				int posts = here.stream().mapToInt(id -> CommunityHealth.recent(snapshot.weeklyPosts(id))).sum();
				byLevel.put(new Key(issue, level),
						new LevelCell(issue, level, here.size(), snapshot.membersOf(here).size(), posts));
			});
			Map<Long, Integer> peopleByGroup = new HashMap<>();
			for (long member : snapshot.membersOf(ids)) {
				PractitionerFact person = snapshot.practitioner(member);
				if (person != null) {
					person.groupIds().forEach(g -> peopleByGroup.merge(g, 1, Integer::sum));
				}
			}
			Map<Long, int[]> asking = new HashMap<>();
			for (long id : ids) {
				for (long group : snapshot.community(id).askedGroupIds()) {
					int[] counts = asking.computeIfAbsent(group, k -> new int[2]);
					counts[0]++;
					if (!groupsPresent.get(id).contains(group)) {
						counts[1]++;
					}
				}
			}
			Set<Long> groups = new HashSet<>(peopleByGroup.keySet());
			groups.addAll(asking.keySet());
			for (long group : groups) {
				int[] counts = asking.getOrDefault(group, new int[2]);
				byGroup.put(new Key(issue, group),
						new GroupCell(issue, group, peopleByGroup.getOrDefault(group, 0), counts[0], counts[1]));
			}
		});
		return new Coverage(byLevel, byGroup, gaps);
	}
}
