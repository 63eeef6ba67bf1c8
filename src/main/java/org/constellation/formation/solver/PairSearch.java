package org.constellation.formation.solver;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Iterated tabu search for a grouping whose value is a sum over the pairs that
 * share a group, less a penalty per group away from its preferred size: the
 * maximally diverse grouping problem and its kin (Palubeckis, Karčiauskas and
 * Riškus 2011; Lai and Hao 2016). For each person it keeps the sum of their
 * pair values to every group, so that the gain of moving one person or of
 * swapping two is known in O(1), and making a change costs O(n).
 *
 * <p>
 * Each round is a tabu search (the best move or swap of the whole
 * neighbourhood, people who just changed group may not change again for a few
 * steps unless that finds a better grouping than any so far), until it stops
 * improving; the next round starts from the best grouping with a few random
 * changes. Only changes that keep every group within its size bounds and, when
 * rules are given, free of kept-apart pairs and with an hour and a language
 * shared by all are ever made: a grouping that keeps the rules keeps them.
 */
final class PairSearch {

	/** The hard rules beyond sizes, or null when only sizes can be broken. */
	record Rules(int[][] keptApart, long[][] windows, long[][] languages) {
	}

	/** Told of a better grouping (at most a few times a second). */
	interface Listener {
		void improved(int[] groupOf, long value);
	}

	private final int n;
	private final int groups;
	private final long[] value;
	private final int[] min;
	private final int[] max;
	private final int[] preferred;
	private final long sizeWeight;
	private final boolean[] movable;
	private final Rules rules;
	private final boolean sizesVary;
	private final SplittableRandom random;

	private final int[] groupOf;
	private final long[] sums;
	private final int[] size;
	private final int[][] members;
	private final int[] apartIn;
	private long current;

	private final int[] bestGroupOf;
	private long best;
	private long evaluated;

	/**
	 * @param value
	 *            pair values, row by row (n × n, symmetric)
	 * @param groupOf
	 *            the start: each person's group, or -1 for people left out (who
	 *            stay out)
	 * @param movable
	 *            who may change group (people left out never do)
	 * @param rules
	 *            the rules to keep beyond sizes, or null
	 */
	PairSearch(long[] value, int[] groupOf, boolean[] movable, int[] min, int[] max, int[] preferred, long sizeWeight,
			Rules rules, long seed) {
		this.n = groupOf.length;
		this.groups = min.length;
		this.value = value;
		this.min = min;
		this.max = max;
		this.preferred = preferred;
		this.sizeWeight = sizeWeight;
		this.rules = rules;
		this.random = new SplittableRandom(seed);
		this.groupOf = groupOf.clone();
		this.movable = new boolean[n];
		for (int i = 0; i < n; i++) {
			this.movable[i] = movable[i] && groupOf[i] >= 0;
		}
		boolean vary = false;
		for (int g = 0; g < groups; g++) {
			vary |= min[g] != max[g] || sizeWeight != 0;
		}
		this.sizesVary = vary;
		this.sums = new long[n * groups];
		this.size = new int[groups];
		this.members = new int[groups][];
		this.apartIn = rules == null ? null : new int[n * groups];
		this.bestGroupOf = new int[n];
		load(this.groupOf);
		best = current;
		System.arraycopy(this.groupOf, 0, bestGroupOf, 0, n);
	}

	/** The value of a grouping, computed from scratch. */
	static long valueOf(long[] value, int[] groupOf, int[] preferred, long sizeWeight) {
		int n = groupOf.length;
		long total = 0;
		int[] size = new int[preferred.length];
		for (int i = 0; i < n; i++) {
			if (groupOf[i] < 0) {
				continue;
			}
			size[groupOf[i]]++;
			for (int j = i + 1; j < n; j++) {
				if (groupOf[j] == groupOf[i]) {
					total += value[i * n + j];
				}
			}
		}
		for (int g = 0; g < size.length; g++) {
			total += sizeTerm(size[g], preferred[g], sizeWeight);
		}
		return total;
	}

	private static long sizeTerm(int size, int preferred, long weight) {
		return size == 0 ? 0 : -weight * Math.abs(size - preferred);
	}

	private void load(int[] start) {
		System.arraycopy(start, 0, groupOf, 0, n);
		Arrays.fill(sums, 0);
		Arrays.fill(size, 0);
		for (int i = 0; i < n; i++) {
			if (groupOf[i] >= 0) {
				size[groupOf[i]]++;
			}
		}
		for (int g = 0; g < groups; g++) {
			// one more than the largest size: a swap adds before it removes
			members[g] = new int[Math.max(max[g], size[g]) + 1];
			size[g] = 0;
		}
		for (int i = 0; i < n; i++) {
			int g = groupOf[i];
			if (g < 0) {
				continue;
			}
			members[g][size[g]++] = i;
			for (int k = 0; k < n; k++) {
				sums[k * groups + g] += value[k * n + i];
			}
		}
		if (apartIn != null) {
			Arrays.fill(apartIn, 0);
			for (int i = 0; i < n; i++) {
				if (groupOf[i] >= 0) {
					for (int k : rules.keptApart()[i]) {
						apartIn[k * groups + groupOf[i]]++;
					}
				}
			}
		}
		current = valueOf(value, groupOf, preferred, sizeWeight);
	}

	long value() {
		return current;
	}

	long best() {
		return best;
	}

	int[] bestGroupOf() {
		return bestGroupOf.clone();
	}

	int[] groupOf() {
		return groupOf.clone();
	}

	/** How many moves and swaps were weighed. */
	long evaluated() {
		return evaluated;
	}

	long moveGain(int i, int to) {
		int from = groupOf[i];
		return sums[i * groups + to] - sums[i * groups + from] + sizeChange(from, -1) + sizeChange(to, 1);
	}

	long swapGain(int i, int j) {
		int a = groupOf[i];
		int b = groupOf[j];
		return sums[i * groups + b] - sums[i * groups + a] + sums[j * groups + a] - sums[j * groups + b]
				- 2 * value[i * n + j];
	}

	private long sizeChange(int g, int by) {
		return sizeTerm(size[g] + by, preferred[g], sizeWeight) - sizeTerm(size[g], preferred[g], sizeWeight);
	}

	boolean canMove(int i, int to) {
		int from = groupOf[i];
		if (!movable[i] || from == to || size[from] - 1 < min[from] || size[to] + 1 > max[to]
				|| size[to] + 1 < min[to]) {
			return false;
		}
		return rules == null || (apartIn[i * groups + to] == 0 && sharedWith(to, -1, i));
	}

	boolean canSwap(int i, int j) {
		int a = groupOf[i];
		int b = groupOf[j];
		if (!movable[i] || !movable[j] || a == b) {
			return false;
		}
		if (rules == null) {
			return true;
		}
		int between = apart(i, j) ? 1 : 0;
		return apartIn[i * groups + b] - between == 0 && apartIn[j * groups + a] - between == 0 && sharedWith(b, j, i)
				&& sharedWith(a, i, j);
	}

	private boolean apart(int i, int j) {
		for (int k : rules.keptApart()[i]) {
			if (k == j) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether group g, without {@code leaving} (or -1) and with {@code joining},
	 * still has an hour and a language everyone shares.
	 */
	private boolean sharedWith(int g, int leaving, int joining) {
		return sharedWith(rules.windows(), g, leaving, joining) && sharedWith(rules.languages(), g, leaving, joining);
	}

	private boolean sharedWith(long[][] bits, int g, int leaving, int joining) {
		long[] own = bits[joining];
		for (int w = 0; w < own.length; w++) {
			long shared = own[w];
			for (int m = 0; m < size[g] && shared != 0; m++) {
				int k = members[g][m];
				if (k != leaving) {
					long[] theirs = bits[k];
					shared &= w < theirs.length ? theirs[w] : 0;
				}
			}
			if (shared != 0) {
				return true;
			}
		}
		return false;
	}

	/** Moves person i to group {@code to} (checked by the caller). */
	void move(int i, int to) {
		current += moveGain(i, to);
		shift(i, to);
	}

	/** Swaps the groups of i and j (checked by the caller). */
	void swap(int i, int j) {
		current += swapGain(i, j);
		int a = groupOf[i];
		int b = groupOf[j];
		shift(i, b);
		shift(j, a);
	}

	private void shift(int i, int to) {
		int from = groupOf[i];
		int[] left = members[from];
		for (int m = 0; m < size[from]; m++) {
			if (left[m] == i) {
				left[m] = left[--size[from]];
				break;
			}
		}
		members[to][size[to]++] = i;
		groupOf[i] = to;
		for (int k = 0, row = i * n; k < n; k++) {
			long v = value[row + k];
			sums[k * groups + from] -= v;
			sums[k * groups + to] += v;
		}
		if (apartIn != null) {
			for (int k : rules.keptApart()[i]) {
				apartIn[k * groups + from]--;
				apartIn[k * groups + to]++;
			}
		}
	}

	/**
	 * Searches until the deadline, until {@code unimprovedNanos} pass without a
	 * better grouping, or until told to stop.
	 */
	void run(long deadline, long unimprovedNanos, BooleanSupplier stop, Listener listener) {
		int movers = 0;
		for (boolean m : movable) {
			movers += m ? 1 : 0;
		}
		if (movers < 2) {
			return;
		}
		long[] tabuUntil = new long[n];
		long step = 0;
		long lastImproved = System.nanoTime();
		long lastTold = lastImproved;
		boolean untold = false;
		// Tuned on the MDGP benchmark: a short tenure (a tenth of the people did
		// worse), rounds of ten steps per person without improvement, a twentieth of
		// the people changed between rounds.
		int tenure = Math.max(2, movers / 30);
		int depth = Math.max(500, 10 * movers);
		int strength = Math.max(2, movers / 20);
		while (true) {
			long roundBest = current;
			int sinceRoundBest = 0;
			int roundSteps = 0;
			while (sinceRoundBest < depth) {
				if ((step & 15) == 0) {
					long now = System.nanoTime();
					if (now >= deadline || now - lastImproved >= unimprovedNanos || stop.getAsBoolean()) {
						if (untold && listener != null) {
							listener.improved(bestGroupOf.clone(), best);
						}
						return;
					}
					if (untold && listener != null && now - lastTold > 250_000_000L) {
						listener.improved(bestGroupOf.clone(), best);
						lastTold = now;
						untold = false;
					}
				}
				if (!bestStep(step, tabuUntil, tenure)) {
					if (roundSteps == 0) {
						// nobody is tabu, yet nothing can change without breaking a rule
						if (untold && listener != null) {
							listener.improved(bestGroupOf.clone(), best);
						}
						return;
					}
					break;
				}
				step++;
				roundSteps++;
				if (current > roundBest) {
					roundBest = current;
					sinceRoundBest = 0;
				} else {
					sinceRoundBest++;
				}
				if (current > best) {
					best = current;
					System.arraycopy(groupOf, 0, bestGroupOf, 0, n);
					lastImproved = System.nanoTime();
					untold = true;
				}
			}
			load(bestGroupOf);
			perturb(strength);
			Arrays.fill(tabuUntil, 0);
		}
	}

	/**
	 * Makes the best move or swap that is not tabu (or beats the best grouping so
	 * far); false when none can be made.
	 */
	private boolean bestStep(long step, long[] tabuUntil, int tenure) {
		long bestGain = Long.MIN_VALUE;
		int bi = -1;
		int bj = -1;
		int bTo = -1;
		int ties = 0;
		long toBeat = best - current;
		long count = 0;
		for (int i = 0; i < n; i++) {
			if (!movable[i]) {
				continue;
			}
			int a = groupOf[i];
			int rowI = i * groups;
			long stay = sums[rowI + a];
			boolean tabuI = tabuUntil[i] > step;
			if (sizesVary && size[a] - 1 >= min[a]) {
				long leave = sizeChange(a, -1);
				for (int to = 0; to < groups; to++) {
					if (to == a || size[to] + 1 > max[to] || size[to] + 1 < min[to]) {
						continue;
					}
					count++;
					long gain = sums[rowI + to] - stay + leave + sizeChange(to, 1);
					if (gain < bestGain || (tabuI && gain <= toBeat)) {
						continue;
					}
					if (rules != null && !canMove(i, to)) {
						continue;
					}
					if (gain > bestGain) {
						bestGain = gain;
						ties = 1;
					} else if (random.nextInt(++ties) != 0) {
						continue;
					}
					bi = i;
					bj = -1;
					bTo = to;
				}
			}
			int rowV = i * n;
			for (int j = i + 1; j < n; j++) {
				int b = groupOf[j];
				if (b == a || !movable[j]) {
					continue;
				}
				count++;
				int rowJ = j * groups;
				long gain = sums[rowI + b] - stay + sums[rowJ + a] - sums[rowJ + b] - 2 * value[rowV + j];
				if (gain < bestGain || ((tabuI || tabuUntil[j] > step) && gain <= toBeat)) {
					continue;
				}
				if (rules != null && !canSwap(i, j)) {
					continue;
				}
				if (gain > bestGain) {
					bestGain = gain;
					ties = 1;
				} else if (random.nextInt(++ties) != 0) {
					continue;
				}
				bi = i;
				bj = j;
			}
		}
		evaluated += count;
		if (bi < 0) {
			return false;
		}
		if (bj < 0) {
			move(bi, bTo);
		} else {
			swap(bi, bj);
			tabuUntil[bj] = step + tenure + random.nextInt(tenure + 1);
		}
		tabuUntil[bi] = step + tenure + random.nextInt(tenure + 1);
		return true;
	}

	/** A few random moves and swaps that keep the rules. */
	void perturb(int changes) {
		for (int c = 0, tries = 0; c < changes && tries < 100 * changes; tries++) {
			int i = random.nextInt(n);
			if (!movable[i]) {
				continue;
			}
			if (sizesVary && random.nextBoolean()) {
				int to = random.nextInt(groups);
				if (canMove(i, to)) {
					move(i, to);
					c++;
				}
			} else {
				int j = random.nextInt(n);
				if (canSwap(i, j)) {
					swap(i, j);
					c++;
				}
			}
		}
	}
}
