package org.constellation.formation.solver;

import java.util.Set;

/**
 * Why the solver left someone without a group, from the most personal reason to
 * the least.
 */
public enum UnplacedReason {
	/**
	 * Not open to a partnership, or already in as many as they said they can take.
	 */
	NO_CAPACITY,
	/** Their profile names no language. */
	NO_LANGUAGE,
	/** Their profile has no weekly window long enough for a session. */
	NO_WINDOW,
	/**
	 * Nobody else in the cohort shares a language and a free hour with them (and
	 * may be with them).
	 */
	NOBODY_COMPATIBLE,
	/** Every group that fits them is full or would break a rule. */
	NO_ROOM;

	public static UnplacedReason of(Cohort cohort, int index) {
		Person person = cohort.people().get(index);
		if (person.remainingCapacity() < 1) {
			return NO_CAPACITY;
		}
		if (Bits.isEmpty(person.languages())) {
			return NO_LANGUAGE;
		}
		if (Bits.isEmpty(person.meetingStarts())) {
			return NO_WINDOW;
		}
		Set<Long> apart = cohort.keptApart();
		for (Person other : cohort.people()) {
			if (other != person && other.remainingCapacity() > 0 && Greedy.compatible(person, other, apart)) {
				return NO_ROOM;
			}
		}
		return NOBODY_COMPATIBLE;
	}
}
