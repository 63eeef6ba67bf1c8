package org.constellation.constellation.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who connects communities across levels of scale. The membership network has a
 * node per community and per person, and an edge per active membership. A
 * person's score is their cross-level betweenness: over every pair of
 * communities whose levels differ, the share of the shortest paths between the
 * two that pass through that person, summed (exact, Brandes). People in one
 * community only are left out before counting: they end no pair and lie on no
 * path between two others, so their score is exactly 0 and nobody else's
 * changes. See docs/boundary-spanners.md.
 */
public final class BoundarySpanning {

	/** One membership in the network. */
	public record Tie(long communityId, long practitionerId) {
	}

	/** A person who connects communities, with what they connect. */
	public record Spanner(long practitionerId, double betweenness, List<Long> communityIds, Set<Long> levelIds) {
	}

	private BoundarySpanning() {
	}

	/**
	 * @param levelsByCommunity
	 *            each community's levels of scale (a community without any is on
	 *            paths but ends no pair)
	 * @return people in two or more communities, the highest score first (ties by
	 *         id), each with a score above zero
	 */
	public static List<Spanner> rank(Map<Long, Set<Long>> levelsByCommunity, Collection<Tie> ties, int threads) {
		Map<Long, List<Long>> communitiesOf = new HashMap<>();
		for (Tie tie : ties) {
			if (levelsByCommunity.containsKey(tie.communityId())) {
				communitiesOf.computeIfAbsent(tie.practitionerId(), k -> new ArrayList<>(2)).add(tie.communityId());
			}
		}
		communitiesOf.values().removeIf(list -> list.size() < 2);

		Map<Long, Integer> communityIndex = new HashMap<>();
		List<Long> communityIds = new ArrayList<>(levelsByCommunity.keySet());
		communityIds.sort(Comparator.naturalOrder());
		Map<Set<Long>, Integer> levelGroups = new HashMap<>();
		int c = communityIds.size();
		List<Long> practitionerIds = new ArrayList<>(communitiesOf.keySet());
		practitionerIds.sort(Comparator.naturalOrder());
		int n = c + practitionerIds.size();
		int[] group = new int[n];
		int[] degree = new int[n];
		for (int i = 0; i < c; i++) {
			long id = communityIds.get(i);
			communityIndex.put(id, i);
			Set<Long> levels = levelsByCommunity.get(id);
			group[i] = levels.isEmpty() ? -1 : levelGroups.computeIfAbsent(levels, k -> levelGroups.size());
		}
		for (int p = 0; p < practitionerIds.size(); p++) {
			group[c + p] = -1;
			for (long communityId : communitiesOf.get(practitionerIds.get(p))) {
				degree[c + p]++;
				degree[communityIndex.get(communityId)]++;
			}
		}
		int[] offsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			offsets[v + 1] = offsets[v] + degree[v];
		}
		int[] fill = offsets.clone();
		int[] neighbours = new int[offsets[n]];
		for (int p = 0; p < practitionerIds.size(); p++) {
			int person = c + p;
			for (long communityId : communitiesOf.get(practitionerIds.get(p))) {
				int community = communityIndex.get(communityId);
				neighbours[fill[person]++] = community;
				neighbours[fill[community]++] = person;
			}
		}
		double[] scores = new Betweenness(offsets, neighbours, group).compute(threads);

		List<Spanner> spanners = new ArrayList<>();
		for (int p = 0; p < practitionerIds.size(); p++) {
			double score = scores[c + p];
			if (score > 1e-9) {
				long id = practitionerIds.get(p);
				List<Long> theirs = communitiesOf.get(id).stream().sorted().toList();
				Set<Long> levels = new java.util.TreeSet<>();
				theirs.forEach(community -> levels.addAll(levelsByCommunity.get(community)));
				spanners.add(new Spanner(id, score, theirs, levels));
			}
		}
		spanners.sort(
				Comparator.comparingDouble(Spanner::betweenness).reversed().thenComparingLong(Spanner::practitionerId));
		return spanners;
	}
}
