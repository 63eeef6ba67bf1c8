package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constellation.constellation.analytics.Betweenness;
import org.constellation.constellation.analytics.BoundarySpanning;
import org.constellation.constellation.analytics.BoundarySpanning.Spanner;
import org.constellation.constellation.analytics.BoundarySpanning.Tie;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class BetweennessTests {

	@Test
	void withEveryNodeAnEndpointItIsTheClassicBetweennessThatJGraphTComputes() {
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			int n = 5 + random.nextInt(40);
			Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
			for (int v = 0; v < n; v++) {
				graph.addVertex(v);
			}
			for (int e = 0; e < n * 2; e++) {
				int a = random.nextInt(n);
				int b = random.nextInt(n);
				if (a != b) {
					graph.addEdge(a, b);
				}
			}
			int[] group = new int[n];
			for (int v = 0; v < n; v++) {
				group[v] = v;
			}
			double[] ours = arrays(graph, n, group).compute(1 + round % 2);
			Map<Integer, Double> theirs = new BetweennessCentrality<>(graph).getScores();
			for (int v = 0; v < n; v++) {
				assertThat(ours[v]).as("node %d of round %d", v, round).isCloseTo(theirs.get(v), within(1e-9));
			}
		}
	}

	@Test
	void countsOnlyPathsBetweenCommunitiesAtDifferentLevels() {
		// national N and state S1 share Ana; S1 and state S2 share Ben: only Ana joins
		// two levels
		Map<Long, Set<Long>> levels = Map.of(1L, Set.of(10L), 2L, Set.of(20L), 3L, Set.of(20L));
		List<Tie> ties = List.of(new Tie(1, 100), new Tie(2, 100), new Tie(2, 200), new Tie(3, 200), new Tie(3, 300));
		List<Spanner> spanners = BoundarySpanning.rank(levels, ties, 1);
		// N–S1 passes through Ana, N–S2 through Ana and Ben (N–S1–S2); S1–S2 is within
		// a level
		assertThat(spanners).extracting(Spanner::practitionerId).containsExactly(100L, 200L);
		assertThat(spanners.get(0).betweenness()).isCloseTo(2.0, within(1e-9));
		assertThat(spanners.get(1).betweenness()).isCloseTo(1.0, within(1e-9));
		assertThat(spanners.get(0).levelIds()).containsExactly(10L, 20L);
		assertThat(spanners.get(1).communityIds()).containsExactly(2L, 3L);
	}

	@Test
	void sharesPathsEquallyBetweenTwoPeopleJoiningTheSameCommunities() {
		Map<Long, Set<Long>> levels = Map.of(1L, Set.of(10L), 2L, Set.of(20L));
		List<Spanner> spanners = BoundarySpanning.rank(levels,
				List.of(new Tie(1, 100), new Tie(2, 100), new Tie(1, 200), new Tie(2, 200)), 2);
		assertThat(spanners).extracting(Spanner::betweenness).containsExactly(0.5, 0.5);
	}

	@Test
	void peopleInOneCommunityOrJoiningCommunitiesOfTheSameLevelAreNoSpanners() {
		Map<Long, Set<Long>> levels = Map.of(1L, Set.of(20L), 2L, Set.of(20L), 3L, Set.of());
		List<Spanner> spanners = BoundarySpanning.rank(levels,
				List.of(new Tie(1, 100), new Tie(2, 100), new Tie(1, 200), new Tie(3, 300), new Tie(1, 300)), 1);
		assertThat(spanners).isEmpty();
	}

	@Test
	void aNationalNetworkOfTenThousandPeopleIsRankedInSeconds() {
		Random random = new Random(11);
		Map<Long, Set<Long>> levels = new java.util.HashMap<>();
		for (long c = 0; c < 500; c++) {
			levels.put(c, random.nextInt(5) == 0 ? Set.of(1L + random.nextInt(3), 4L) : Set.of(1L + random.nextInt(4)));
		}
		List<Tie> ties = new ArrayList<>();
		for (long p = 0; p < 10_000; p++) {
			int memberships = 1 + random.nextInt(3);
			for (int m = 0; m < memberships; m++) {
				ties.add(new Tie(random.nextInt(500), 1_000 + p));
			}
		}
		long started = System.nanoTime();
		List<Spanner> spanners = BoundarySpanning.rank(levels, ties, 2);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(spanners).isNotEmpty();
		assertThat(spanners.getFirst().betweenness()).isGreaterThanOrEqualTo(spanners.getLast().betweenness());
		assertThat(millis).isLessThan(10_000);
	}

	private static Betweenness arrays(Graph<Integer, DefaultEdge> graph, int n, int[] group) {
		int[] offsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			offsets[v + 1] = offsets[v] + graph.degreeOf(v);
		}
		int[] neighbours = new int[offsets[n]];
		int[] fill = offsets.clone();
		for (DefaultEdge e : graph.edgeSet()) {
			int a = graph.getEdgeSource(e);
			int b = graph.getEdgeTarget(e);
			neighbours[fill[a]++] = b;
			neighbours[fill[b]++] = a;
		}
		return new Betweenness(offsets, neighbours, group);
	}
}
