package org.constellation.formation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairSearchTests {

	@Test
	void gainsOfMovesAndSwapsEqualTheChangeOfTheValueComputedFromScratch() {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 20; round++) {
			int n = 10 + random.nextInt(30);
			int groups = 2 + random.nextInt(4);
			long[] value = randomValues(n, random);
			int[] min = new int[groups];
			int[] max = new int[groups];
			int[] preferred = new int[groups];
			int[] groupOf = new int[n];
			for (int i = 0; i < n; i++) {
				groupOf[i] = i < n - 2 ? i % groups : -1;
			}
			for (int g = 0; g < groups; g++) {
				min[g] = 1;
				max[g] = n;
				preferred[g] = 1 + random.nextInt(n / groups + 1);
			}
			long sizeWeight = random.nextInt(4);
			PairSearch search = new PairSearch(value, groupOf, allMovable(n), min, max, preferred, sizeWeight, null,
					round);
			assertThat(search.value()).isEqualTo(PairSearch.valueOf(value, groupOf, preferred, sizeWeight));
			for (int step = 0; step < 500; step++) {
				int i = random.nextInt(n);
				long before = search.value();
				if (random.nextBoolean()) {
					int to = random.nextInt(groups);
					if (!search.canMove(i, to)) {
						continue;
					}
					long gain = search.moveGain(i, to);
					search.move(i, to);
					assertThat(search.value()).isEqualTo(before + gain);
				} else {
					int j = random.nextInt(n);
					if (!search.canSwap(i, j)) {
						continue;
					}
					long gain = search.swapGain(i, j);
					search.swap(i, j);
					assertThat(search.value()).isEqualTo(before + gain);
				}
				assertThat(search.value())
						.isEqualTo(PairSearch.valueOf(value, search.groupOf(), preferred, sizeWeight));
			}
			int[] end = search.groupOf();
			assertThat(end[n - 1]).isEqualTo(-1);
			assertThat(end[n - 2]).isEqualTo(-1);
		}
	}

	@Test
	void findsTheBestGroupingOfSmallInstancesAsBruteForceDoes() {
		SplittableRandom random = new SplittableRandom(11);
		for (int round = 0; round < 6; round++) {
			int n = 10;
			int[] min = round % 2 == 0 ? new int[]{3, 3, 4} : new int[]{2, 3, 2};
			int[] max = round % 2 == 0 ? new int[]{3, 3, 4} : new int[]{4, 5, 4};
			int[] preferred = min.clone();
			long sizeWeight = round % 2 == 0 ? 0 : 5;
			long[] value = randomValues(n, random);
			int[] start = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
			PairSearch search = new PairSearch(value, start, allMovable(n), min, max, preferred, sizeWeight, null,
					round);
			search.run(System.nanoTime() + 300_000_000L, Long.MAX_VALUE, () -> false, null);
			long optimum = bruteForce(value, new int[n], 0, min, max, preferred, sizeWeight);
			assertThat(search.best()).isEqualTo(optimum);
			assertThat(PairSearch.valueOf(value, search.bestGroupOf(), preferred, sizeWeight)).isEqualTo(optimum);
			assertThat(sizes(search.bestGroupOf(), 3)).satisfies(s -> {
				for (int g = 0; g < 3; g++) {
					assertThat(s[g]).isBetween(min[g], max[g]);
				}
			});
		}
	}

	@Test
	void neverBreaksARuleOfAGroupingThatKeptThem() {
		SplittableRandom random = new SplittableRandom(3);
		int n = 60;
		int groups = 12;
		long[][] windows = new long[n][];
		long[][] languages = new long[n][];
		List<List<Integer>> apart = new ArrayList<>();
		int[] groupOf = new int[n];
		for (int i = 0; i < n; i++) {
			// groups of five that share a language and an hour by construction
			groupOf[i] = i / 5;
			languages[i] = Bits.of(4, List.of(i / 5 % 3, random.nextInt(4)));
			windows[i] = Bits.of(64, List.of(i / 5 % 4, random.nextInt(64)));
			apart.add(new ArrayList<>());
		}
		for (int k = 0; k < 80; k++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b && groupOf[a] != groupOf[b]) {
				apart.get(a).add(b);
				apart.get(b).add(a);
			}
		}
		int[][] keptApart = apart.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
				.toArray(int[][]::new);
		int[] min = new int[groups];
		int[] max = new int[groups];
		Arrays.fill(min, 3);
		Arrays.fill(max, 7);
		int[] preferred = new int[groups];
		Arrays.fill(preferred, 5);
		long[] value = randomValues(n, random);
		PairSearch search = new PairSearch(value, groupOf, allMovable(n), min, max, preferred, 2,
				new PairSearch.Rules(keptApart, windows, languages), 5);
		search.run(System.nanoTime() + 300_000_000L, Long.MAX_VALUE, () -> false, null);
		int[] best = search.bestGroupOf();
		assertThat(search.best()).isGreaterThan(PairSearch.valueOf(value, groupOf, preferred, 2));
		for (int g = 0; g < groups; g++) {
			long[] window = null;
			long[] language = null;
			int size = 0;
			for (int i = 0; i < n; i++) {
				if (best[i] != g) {
					continue;
				}
				size++;
				window = window == null ? windows[i] : Bits.and(window, windows[i]);
				language = language == null ? languages[i] : Bits.and(language, languages[i]);
				for (int k : keptApart[i]) {
					assertThat(best[k]).as("kept apart").isNotEqualTo(g);
				}
			}
			assertThat(size).isBetween(3, 7);
			assertThat(Bits.isEmpty(window)).as("an hour for all").isFalse();
			assertThat(Bits.isEmpty(language)).as("a language for all").isFalse();
		}
	}

	@Test
	void stopsWhenTold() {
		int n = 40;
		long[] value = randomValues(n, new SplittableRandom(1));
		int[] groupOf = new int[n];
		Arrays.setAll(groupOf, i -> i % 8);
		int[] five = new int[8];
		Arrays.fill(five, 5);
		PairSearch search = new PairSearch(value, groupOf, allMovable(n), five, five, five, 0, null, 1);
		long started = System.nanoTime();
		search.run(Long.MAX_VALUE, Long.MAX_VALUE, () -> System.nanoTime() - started > 100_000_000L, null);
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	private static long[] randomValues(int n, SplittableRandom random) {
		long[] value = new long[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				long v = random.nextInt(-20, 100);
				value[i * n + j] = v;
				value[j * n + i] = v;
			}
		}
		return value;
	}

	private static boolean[] allMovable(int n) {
		boolean[] movable = new boolean[n];
		Arrays.fill(movable, true);
		return movable;
	}

	private static int[] sizes(int[] groupOf, int groups) {
		int[] size = new int[groups];
		for (int g : groupOf) {
			size[g]++;
		}
		return size;
	}

	private static long bruteForce(long[] value, int[] groupOf, int i, int[] min, int[] max, int[] preferred,
			long sizeWeight) {
		if (i == groupOf.length) {
			int[] size = sizes(groupOf, min.length);
			for (int g = 0; g < min.length; g++) {
				if (size[g] < min[g] || size[g] > max[g]) {
					return Long.MIN_VALUE;
				}
			}
			return PairSearch.valueOf(value, groupOf, preferred, sizeWeight);
		}
		long best = Long.MIN_VALUE;
		for (int g = 0; g < min.length; g++) {
			groupOf[i] = g;
			best = Math.max(best, bruteForce(value, groupOf, i + 1, min, max, preferred, sizeWeight));
		}
		return best;
	}
}
