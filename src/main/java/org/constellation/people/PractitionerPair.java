package org.constellation.people;

import java.util.List;

/**
 * Two practitioners, as a query finds them (in no meaningful order), for
 * answers that name pairs but never which side said what.
 */
record PractitionerPair(Long a, Long b) {

	/** The pair as {@code [smaller id, larger id]}, so each pair is one answer. */
	List<Long> unordered() {
		return a < b ? List.of(a, b) : List.of(b, a);
	}
}
