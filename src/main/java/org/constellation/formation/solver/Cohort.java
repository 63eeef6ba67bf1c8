package org.constellation.formation.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cohort ready to be formed: its people, the pairs the rules care about, the
 * places for groups with their size bounds, and the pinned groups a convener
 * already decided on (lists of person indices, kept as they are).
 */
public record Cohort(List<Person> people, List<PersonPair> pairs, List<Group> groups,
		List<List<Integer>> pinnedGroups) {

	public Cohort {
		people = List.copyOf(people);
		pairs = List.copyOf(pairs);
		groups = List.copyOf(groups);
		pinnedGroups = pinnedGroups == null ? List.of() : List.copyOf(pinnedGroups);
	}

	/**
	 * A cohort whose groups all have the same bounds: as many places for groups as
	 * the smallest groups would fill.
	 */
	public static Cohort of(List<Person> people, List<PersonPair> pairs, int minSize, int maxSize, int preferredSize,
			List<List<Integer>> pinnedGroups) {
		if (minSize < 2 || maxSize > 7 || minSize > maxSize || preferredSize < minSize || preferredSize > maxSize) {
			throw new IllegalArgumentException("Sizes must satisfy 2 <= min <= preferred <= max <= 7");
		}
		List<Group> groups = new ArrayList<>();
		for (int i = 0, n = Math.max(1, people.size() / minSize); i < n; i++) {
			groups.add(new Group(i, minSize, maxSize, preferredSize));
		}
		return new Cohort(people, pairs, groups, pinnedGroups);
	}

	public int minSize() {
		return groups.stream().mapToInt(Group::minSize).min().orElse(2);
	}

	public int maxSize() {
		return groups.stream().mapToInt(Group::maxSize).max().orElse(7);
	}

	public int preferredSize() {
		return groups.getFirst().preferredSize();
	}

	/** Pairs of person indices of one kind, as keys of {@link #key}. */
	Set<Long> pairsOf(PairKind kind) {
		Set<Long> keys = new HashSet<>();
		for (PersonPair pair : pairs) {
			if (pair.kind() == kind) {
				keys.add(key(pair.first().index(), pair.second().index()));
			}
		}
		return keys;
	}

	/** Pairs of person indices that must never share a group. */
	Set<Long> keptApart() {
		Set<Long> keys = pairsOf(PairKind.REPORTING_LINE);
		keys.addAll(pairsOf(PairKind.DO_NOT_MATCH));
		return keys;
	}

	static long key(int a, int b) {
		return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
	}
}
