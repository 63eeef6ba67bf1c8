package org.constellation.constellation.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brandes' exact betweenness centrality on an unweighted, undirected graph held
 * as adjacency arrays, counting only the shortest paths between chosen pairs of
 * endpoints: node {@code s} and node {@code t} are a pair when both have a
 * group ({@code group >= 0}) and their groups differ. With every node in a
 * group of its own this is the classic betweenness (each unordered pair once),
 * which the tests hold against JGraphT's {@code BetweennessCentrality}.
 * <p>
 * It costs one breadth-first search and one pass back per source, in plain
 * arrays so that a national membership network (tens of thousands of nodes)
 * takes seconds. Shortest paths are the same read from either end, so each pair
 * is counted once, from the end whose group comes first in an order that puts
 * the largest group last: the sources of the largest group have nothing left to
 * count and are skipped, which saves as many searches as that group has nodes.
 * The sources are shared between threads, each with its own arrays.
 */
public final class Betweenness {

	private final int[] offsets;
	private final int[] neighbours;
	/**
	 * Each node's group as its place in the counting order (-1: never an endpoint).
	 */
	private final int[] rank;

	/**
	 * @param offsets
	 *            node {@code v}'s neighbours are
	 *            {@code neighbours[offsets[v] .. offsets[v+1])}
	 * @param group
	 *            each node's group, or -1 for a node that is never an endpoint
	 */
	public Betweenness(int[] offsets, int[] neighbours, int[] group) {
		if (offsets.length != group.length + 1) {
			throw new IllegalArgumentException("offsets must have one entry more than there are nodes");
		}
		this.offsets = offsets;
		this.neighbours = neighbours;
		this.rank = countingOrder(group);
	}

	/** Groups ranked by size, the largest last (ties by group number). */
	private static int[] countingOrder(int[] group) {
		java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
		for (int g : group) {
			if (g >= 0) {
				sizes.merge(g, 1, Integer::sum);
			}
		}
		List<Integer> groups = new ArrayList<>(sizes.keySet());
		groups.sort(java.util.Comparator.comparing((Integer g) -> sizes.get(g)).thenComparing(g -> g));
		java.util.Map<Integer, Integer> rank = new java.util.HashMap<>();
		for (int i = 0; i < groups.size(); i++) {
			rank.put(groups.get(i), i);
		}
		int[] order = new int[group.length];
		for (int v = 0; v < group.length; v++) {
			order[v] = group[v] < 0 ? -1 : rank.get(group[v]);
		}
		return order;
	}

	public int nodes() {
		return rank.length;
	}

	/**
	 * Each node's betweenness over the chosen pairs, every unordered pair counted
	 * once.
	 */
	public double[] compute(int threads) {
		int n = nodes();
		int last = java.util.Arrays.stream(rank).max().orElse(-1);
		int[] sources = java.util.stream.IntStream.range(0, n).filter(v -> rank[v] >= 0 && rank[v] < last).toArray();
		int parts = Math.max(1, Math.min(threads, sources.length));
		if (parts == 1) {
			return new Worker(n).run(sources, 0, 1);
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(parts)) {
			List<Future<double[]>> results = new ArrayList<>();
			for (int p = 0; p < parts; p++) {
				int part = p;
				results.add(pool.submit(() -> new Worker(n).run(sources, part, parts)));
			}
			double[] total = new double[n];
			for (Future<double[]> result : results) {
				double[] partial = result.get();
				for (int v = 0; v < n; v++) {
					total[v] += partial[v];
				}
			}
			return total;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while computing betweenness", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	private final class Worker {
		private final double[] sigma;
		private final int[] distance;
		private final double[] delta;
		private final int[] order;
		private final double[] score;

		Worker(int n) {
			sigma = new double[n];
			distance = new int[n];
			delta = new double[n];
			order = new int[n];
			score = new double[n];
			Arrays.fill(distance, -1);
		}

		double[] run(int[] sources, int part, int parts) {
			for (int i = part; i < sources.length; i += parts) {
				from(sources[i]);
			}
			return score;
		}

		private void from(int s) {
			int sourceRank = rank[s];
			int head = 0;
			int tail = 0;
			order[tail++] = s;
			distance[s] = 0;
			sigma[s] = 1;
			while (head < tail) {
				int v = order[head++];
				int next = distance[v] + 1;
				for (int e = offsets[v]; e < offsets[v + 1]; e++) {
					int w = neighbours[e];
					if (distance[w] < 0) {
						distance[w] = next;
						order[tail++] = w;
					}
					if (distance[w] == next) {
						sigma[w] += sigma[v];
					}
				}
			}
			// back from the farthest: each node passes its share of the paths to the nodes
			// before it
			for (int i = tail - 1; i > 0; i--) {
				int w = order[i];
				// w ends a pair with s when its group comes later in the counting order
				double through = delta[w] + (rank[w] > sourceRank ? 1 : 0);
				double perPath = through / sigma[w];
				int before = distance[w] - 1;
				for (int e = offsets[w]; e < offsets[w + 1]; e++) {
					int v = neighbours[e];
					if (distance[v] == before) {
						delta[v] += sigma[v] * perPath;
					}
				}
				score[w] += delta[w];
			}
			for (int i = 0; i < tail; i++) {
				int v = order[i];
				distance[v] = -1;
				sigma[v] = 0;
				delta[v] = 0;
			}
		}
	}
}
