package org.constellation.recognition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-level connections made by social artists, in plain Java. A pair of
 * people at different levels of scale first shared a community in the one where
 * they were both members earliest: of the communities they share, the one whose
 * later joining of the two came first (on the same instant, the smaller
 * community id). A convener is credited with every pair whose first shared
 * community is one they convene. People without a home level are left out.
 */
final class CrossLevelConnections {

	/** An active membership: who, where, since when. */
	record Membership(long communityId, long practitionerId, Instant joinedAt) {
	}

	private final Map<Long, Map<Long, Instant>> joinedByPerson = new HashMap<>();
	private final Map<Long, List<Long>> membersByCommunity = new HashMap<>();
	private final Map<Long, Long> levels;

	/**
	 * @param memberships
	 *            every active membership of the people in the communities asked
	 *            about (in any community, so that an earlier shared community is
	 *            seen)
	 * @param levels
	 *            each person's level of scale
	 */
	CrossLevelConnections(Collection<Membership> memberships, Map<Long, Long> levels) {
		this.levels = levels;
		for (Membership m : memberships) {
			joinedByPerson.computeIfAbsent(m.practitionerId(), k -> new HashMap<>()).put(m.communityId(), m.joinedAt());
			membersByCommunity.computeIfAbsent(m.communityId(), k -> new ArrayList<>()).add(m.practitionerId());
		}
	}

	/** For each convener, the pairs whose first shared community is theirs. */
	Map<Long, Long> countsFor(Map<Long, Set<Long>> convenedBy) {
		Map<Long, Long> firstIn = new HashMap<>();
		Set<Long> communities = new HashSet<>();
		convenedBy.values().forEach(communities::addAll);
		for (long community : communities) {
			firstIn.put(community, pairsFirstMeetingIn(community));
		}
		Map<Long, Long> counts = new HashMap<>();
		convenedBy.forEach((convener, theirs) -> counts.put(convener,
				theirs.stream().mapToLong(c -> firstIn.getOrDefault(c, 0L)).sum()));
		return counts;
	}

	/**
	 * The pairs of members of different levels whose first shared community is this
	 * one.
	 */
	long pairsFirstMeetingIn(long community) {
		List<Long> members = membersByCommunity.getOrDefault(community, List.of()).stream().filter(levels::containsKey)
				.distinct().toList();
		long pairs = 0;
		for (int i = 0; i < members.size(); i++) {
			long a = members.get(i);
			for (int j = i + 1; j < members.size(); j++) {
				long b = members.get(j);
				if (!levels.get(a).equals(levels.get(b)) && firstShared(a, b) == community) {
					pairs++;
				}
			}
		}
		return pairs;
	}

	/** The first community these two shared, or -1 when they share none. */
	long firstShared(long a, long b) {
		Map<Long, Instant> ofA = joinedByPerson.getOrDefault(a, Map.of());
		Map<Long, Instant> ofB = joinedByPerson.getOrDefault(b, Map.of());
		Map<Long, Instant> fewer = ofA.size() <= ofB.size() ? ofA : ofB;
		Map<Long, Instant> more = fewer == ofA ? ofB : ofA;
		long first = -1;
		Instant firstAt = null;
		for (var entry : fewer.entrySet()) {
			Instant other = more.get(entry.getKey());
			if (other == null) {
				continue;
			}
			Instant bothIn = entry.getValue().isAfter(other) ? entry.getValue() : other;
			if (firstAt == null || bothIn.isBefore(firstAt) || (bothIn.equals(firstAt) && entry.getKey() < first)) {
				first = entry.getKey();
				firstAt = bothIn;
			}
		}
		return first;
	}
}
