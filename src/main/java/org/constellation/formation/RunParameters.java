package org.constellation.formation;

import org.constellation.formation.solver.FormationWeights;
import org.constellation.shared.InvalidInputException;

/**
 * What a convener asks of a run: sizes inside 2..7, how long it may take, and
 * how much each soft goal counts.
 */
public record RunParameters(int minSize, int preferredSize, int maxSize, int timeLimitSeconds,
		FormationWeights weights) {

	public static final int MAX_TIME_LIMIT_SECONDS = 120;

	/**
	 * One weight as asked for (the default when not given), checked here so that a
	 * weight outside 0..10 is refused naming its field, as the sizes are, rather
	 * than failing deeper in {@link FormationWeights}.
	 */
	public static int weight(String field, Integer value, int otherwise) {
		if (value == null) {
			return otherwise;
		}
		if (value < 0 || value > 10) {
			throw new InvalidInputException(field, "A weight lies between 0 and 10");
		}
		return value;
	}

	/**
	 * One weight as a person or a program writes it: the words of an
	 * {@link Importance} ("not important", "important", "very important"), or a
	 * number from 0 to 10; the default when not given. Anything else is refused
	 * naming the field.
	 */
	public static int weight(String field, String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		Importance words = Importance.of(value);
		if (words != null) {
			return words.weight();
		}
		String number = value.strip();
		if (!number.matches("[+-]?\\d{1,12}")) {
			throw new InvalidInputException(field, "Choose not important, important or very important");
		}
		long n = Long.parseLong(number);
		return weight(field, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)), otherwise);
	}

	/** Checks every field and names the first that is wrong. */
	public static RunParameters of(Integer minSize, Integer preferredSize, Integer maxSize, Integer timeLimitSeconds,
			FormationWeights weights) {
		int min = minSize == null ? 2 : minSize;
		int max = maxSize == null ? 4 : maxSize;
		if (min < 2 || min > 7) {
			throw new InvalidInputException("minSize", "The smallest size lies between 2 and 7");
		}
		if (max < 2 || max > 7) {
			throw new InvalidInputException("maxSize", "The largest size lies between 2 and 7: never more than 7");
		}
		if (max < min) {
			throw new InvalidInputException("maxSize", "The largest size cannot be below the smallest");
		}
		int preferred = preferredSize == null ? Math.max(min, Math.min(max, 3)) : preferredSize;
		if (preferred < min || preferred > max) {
			throw new InvalidInputException("preferredSize",
					"The preferred size lies between the smallest and the largest (" + min + " to " + max + ")");
		}
		int limit = timeLimitSeconds == null ? 10 : timeLimitSeconds;
		if (limit < 1 || limit > MAX_TIME_LIMIT_SECONDS) {
			throw new InvalidInputException("timeLimitSeconds",
					"The time limit lies between 1 and " + MAX_TIME_LIMIT_SECONDS + " seconds");
		}
		return new RunParameters(min, preferred, max, limit, weights == null ? FormationWeights.DEFAULT : weights);
	}
}
