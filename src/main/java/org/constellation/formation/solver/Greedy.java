package org.constellation.formation.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A greedy grouping, the way a careful person would do it by hand: start a
 * group with whoever has the fewest possible partners, then add, one by one,
 * the person who adds most to the group without breaking a rule, up to the
 * preferred size. People who fit no group are then offered to groups with room.
 * It is the solver's starting point and the baseline it is measured against.
 */
public final class Greedy {

	private Greedy() {
	}

	/** Groups as lists of person indices; pinned groups come first, unchanged. */
	public static List<List<Integer>> group(Cohort cohort, FormationWeights weights) {
		List<Person> people = cohort.people();
		Set<Long> apart = cohort.keptApart();
		Set<Long> before = cohort.pairsOf(PairKind.PARTNERED_BEFORE);
		boolean[] taken = new boolean[people.size()];
		List<List<Integer>> groups = new ArrayList<>();
		for (List<Integer> pinned : cohort.pinnedGroups()) {
			pinned.forEach(i -> taken[i] = true);
			groups.add(new ArrayList<>(pinned));
		}
		int[] compatible = compatibleCounts(people, apart, taken);
		Integer[] order = new Integer[people.size()];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> compatible[i]).thenComparingInt(i -> i));
		List<Integer> leftOver = new ArrayList<>();
		int pinnedCount = groups.size();
		List<Group> slots = cohort.groups();
		for (int seed : order) {
			if (taken[seed] || people.get(seed).remainingCapacity() < 1) {
				continue;
			}
			int slot = groups.size() - pinnedCount;
			if (slot >= slots.size()) {
				leftOver.add(seed);
				continue;
			}
			List<Integer> group = grow(people, seed, taken, apart, before, weights, slots.get(slot).preferredSize());
			if (group.size() >= slots.get(slot).minSize()) {
				group.forEach(i -> taken[i] = true);
				groups.add(group);
			} else {
				taken[seed] = true;
				leftOver.add(seed);
			}
		}
		List<Integer> stillOut = new ArrayList<>();
		for (int person : leftOver) {
			if (!offerToAGroupWithRoom(people, person, groups.subList(pinnedCount, groups.size()), slots, apart)) {
				stillOut.add(person);
			}
		}
		for (int person : stillOut) {
			boolean placed = offerToAGroupWithRoom(people, person, groups.subList(pinnedCount, groups.size()), slots,
					apart);
			if (!placed && groups.size() - pinnedCount < slots.size()) {
				startWithDonors(people, person, groups.subList(pinnedCount, groups.size()), slots, apart)
						.ifPresent(groups::add);
			}
		}
		return groups;
	}

	private static List<Integer> grow(List<Person> people, int seed, boolean[] taken, Set<Long> apart, Set<Long> before,
			FormationWeights weights, int size) {
		List<Integer> group = new ArrayList<>(List.of(seed));
		long[] windows = people.get(seed).meetingStarts().clone();
		long[] languages = people.get(seed).languages().clone();
		while (group.size() < size) {
			int best = -1;
			long bestValue = Long.MIN_VALUE;
			for (int c = 0; c < people.size(); c++) {
				if (taken[c] || group.contains(c) || !fits(people.get(c), group, windows, languages, apart)) {
					continue;
				}
				long value = 0;
				for (int m : group) {
					value += PairValues.weighted(people.get(c), people.get(m), weights,
							before.contains(Cohort.key(c, m)));
				}
				if (value > bestValue) {
					bestValue = value;
					best = c;
				}
			}
			if (best < 0) {
				break;
			}
			group.add(best);
			windows = Bits.and(windows, people.get(best).meetingStarts());
			languages = Bits.and(languages, people.get(best).languages());
		}
		return group;
	}

	private static boolean fits(Person candidate, List<Integer> group, long[] windows, long[] languages,
			Set<Long> apart) {
		if (candidate.remainingCapacity() < 1 || !Bits.intersects(windows, candidate.meetingStarts())
				|| !Bits.intersects(languages, candidate.languages())) {
			return false;
		}
		for (int m : group) {
			if (apart.contains(Cohort.key(candidate.index(), m))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A new group around someone nobody could take, with people taken from groups
	 * larger than they need to be: the smallest change that places them.
	 */
	private static java.util.Optional<List<Integer>> startWithDonors(List<Person> people, int person,
			List<List<Integer>> groups, List<Group> slots, Set<Long> apart) {
		Group slot = slots.get(groups.size());
		List<Integer> group = new ArrayList<>(List.of(person));
		long[] windows = people.get(person).meetingStarts();
		long[] languages = people.get(person).languages();
		List<int[]> taken = new ArrayList<>();
		for (int g = 0; g < groups.size() && group.size() < slot.minSize(); g++) {
			List<Integer> donor = groups.get(g);
			if (donor.size() - 1 < slots.get(g).minSize()) {
				continue;
			}
			// one person from each donor group at most, so no group is left short
			for (int m : List.copyOf(donor)) {
				if (fits(people.get(m), group, windows, languages, apart)) {
					donor.remove(Integer.valueOf(m));
					group.add(m);
					taken.add(new int[]{g, m});
					windows = Bits.and(windows, people.get(m).meetingStarts());
					languages = Bits.and(languages, people.get(m).languages());
					break;
				}
			}
		}
		if (group.size() >= slot.minSize()) {
			return java.util.Optional.of(group);
		}
		for (int[] t : taken) {
			groups.get(t[0]).add(t[1]);
		}
		return java.util.Optional.empty();
	}

	private static boolean offerToAGroupWithRoom(List<Person> people, int person, List<List<Integer>> groups,
			List<Group> slots, Set<Long> apart) {
		for (int g = 0; g < groups.size(); g++) {
			List<Integer> group = groups.get(g);
			if (group.size() >= slots.get(g).maxSize()) {
				continue;
			}
			long[] windows = people.get(group.getFirst()).meetingStarts();
			long[] languages = people.get(group.getFirst()).languages();
			for (int m : group) {
				windows = Bits.and(windows, people.get(m).meetingStarts());
				languages = Bits.and(languages, people.get(m).languages());
			}
			if (fits(people.get(person), group, windows, languages, apart)) {
				group.add(person);
				return true;
			}
		}
		return false;
	}

	private static int[] compatibleCounts(List<Person> people, Set<Long> apart, boolean[] taken) {
		int[] counts = new int[people.size()];
		for (int a = 0; a < people.size(); a++) {
			for (int b = a + 1; b < people.size(); b++) {
				if (!taken[a] && !taken[b] && compatible(people.get(a), people.get(b), apart)) {
					counts[a]++;
					counts[b]++;
				}
			}
		}
		return counts;
	}

	static boolean compatible(Person a, Person b, Set<Long> apart) {
		return Bits.intersects(a.meetingStarts(), b.meetingStarts()) && Bits.intersects(a.languages(), b.languages())
				&& !apart.contains(Cohort.key(a.index(), b.index()));
	}
}
