package org.constellation.formation;

import java.util.Locale;

/**
 * How much a goal of a run matters, in the words a convener chooses, and the
 * weight the solver gets for each: the one place where the words become
 * numbers. Very important counts twice as much as important; not important does
 * not count.
 */
public enum Importance {
	NOT_IMPORTANT(0), IMPORTANT(3), VERY_IMPORTANT(6);

	private final int weight;

	Importance(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return weight;
	}

	/** As people read it: "not important", "important", "very important". */
	public String words() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** As a form sends it: "not-important", "important", "very-important". */
	public String formValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The words nearest a weight given as a number (0 to 10): 0 is not important, 1
	 * to 4 important, 5 and more very important.
	 */
	public static Importance nearest(int weight) {
		return weight <= 0 ? NOT_IMPORTANT : weight < 5 ? IMPORTANT : VERY_IMPORTANT;
	}

	/**
	 * The importance these words name, written in any case with spaces, hyphens or
	 * underscores between them ("very important", "VERY_IMPORTANT",
	 * "very-important"); null when they name none.
	 */
	public static Importance of(String words) {
		if (words == null) {
			return null;
		}
		String key = words.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
		for (Importance i : values()) {
			if (i.name().equals(key)) {
				return i;
			}
		}
		return null;
	}
}
