package org.constellation.formation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who a run would form, before it starts: everyone the chosen group holds,
 * split into the people it will consider and the people it leaves out, each
 * with the one true reason. The counts add up: {@code total() ==
 * considered().size() + leftOut().size()}. Nothing private is told: whether
 * someone is open to a partnership, has room for another, names a language and
 * has a weekly hour free are all what the profile says; reporting lines and "do
 * not match me with" wishes are not reasons here (they only keep people apart
 * inside groups).
 */
public record CohortPreview(String label, List<Person> considered, List<LeftOut> leftOut) {

	/**
	 * Why someone is not considered, from the most personal reason to the least.
	 */
	public enum Reason {
		/** Their profile says they are not open to a partnership just now. */
		NOT_OPEN("Not open to a partnership just now (their profile says so)"),
		/** Open, but already in as many partnerships as they said they can take. */
		NO_ROOM("Already in as many partnerships as they said they can take"),
		/** Their profile names no language. */
		NO_LANGUAGE("Their profile names no language"),
		/** Their profile has no weekly window of an hour or more. */
		NO_WINDOW("Their profile has no weekly window of an hour or more");

		private final String words;

		Reason(String words) {
			this.words = words;
		}

		/** The reason in plain English, as the API gives it. */
		public String words() {
			return words;
		}
	}

	public record Person(long practitionerId, String displayName) {
	}

	public record LeftOut(long practitionerId, String displayName, Reason reason) {
	}

	public CohortPreview {
		considered = considered.stream()
				.sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
		leftOut = leftOut.stream().sorted(Comparator.comparing(LeftOut::reason).thenComparing(LeftOut::displayName,
				String.CASE_INSENSITIVE_ORDER)).toList();
	}

	public int total() {
		return considered.size() + leftOut.size();
	}

	/**
	 * The people left out for each reason, in the reasons' order; only reasons
	 * someone has.
	 */
	public Map<Reason, List<LeftOut>> leftOutByReason() {
		Map<Reason, List<LeftOut>> by = new EnumMap<>(Reason.class);
		leftOut.forEach(l -> by.computeIfAbsent(l.reason(), r -> new ArrayList<>()).add(l));
		return by;
	}
}
