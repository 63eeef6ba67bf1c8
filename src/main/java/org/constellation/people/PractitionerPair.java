package org.constellation.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Two practitioners, as a query finds them (in no meaningful order), for
 * answers that name pairs but never which side said what.
 */
record PractitionerPair(Long a, Long b) {

	/** The pair as {@code [smaller id, larger id]}, so each pair is one answer. */
	List<Long> unordered() {
		return a < b ? List.of(a, b) : List.of(b, a);
	}

	/**
	 * The pairs inside a group, from a query that finds pairs whose first side is
	 * among some ids: one query per {@value People#IDS_PER_QUERY} ids, the second
	 * side kept to the group here.
	 */
	static Set<List<Long>> among(Collection<Long> practitionerIds,
			Function<Collection<Long>, List<PractitionerPair>> firstSideAmong) {
		List<Long> ids = practitionerIds.stream().distinct().toList();
		if (ids.size() < 2) {
			return Set.of();
		}
		Set<Long> group = Set.copyOf(ids);
		Set<List<Long>> pairs = new HashSet<>();
		for (int from = 0; from < ids.size(); from += People.IDS_PER_QUERY) {
			firstSideAmong.apply(ids.subList(from, Math.min(ids.size(), from + People.IDS_PER_QUERY))).stream()
					.filter(p -> group.contains(p.b())).map(PractitionerPair::unordered).forEach(pairs::add);
		}
		return Set.copyOf(pairs);
	}
}
