package org.constellation.journeys;

import java.time.Instant;
import java.time.LocalDate;
import org.constellation.shared.InvalidInputException;

/**
 * The rules every way into a journey shares (pages, API, demo), so that none of
 * them can store what the others would refuse.
 */
final class JourneyRules {

	private JourneyRules() {
	}

	static String required(String text, int max, String field, String missing, String tooLong) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, missing);
		}
		return optional(text, max, field, tooLong);
	}

	static String optional(String text, int max, String field, String tooLong) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() > max) {
			throw new InvalidInputException(field, tooLong);
		}
		return stripped;
	}

	/** A moment given by the writer, or now; never in the future. */
	static Instant notLater(Instant given, Instant now, String field) {
		if (given == null) {
			return now;
		}
		if (given.isAfter(now)) {
			throw new InvalidInputException(field, "Choose a moment that has already come");
		}
		return given;
	}

	/** Reflections and milestones look back: today at the latest. */
	static LocalDate notAfter(LocalDate date, LocalDate today, String field) {
		if (date == null) {
			throw new InvalidInputException(field, "Choose the date");
		}
		if (date.isAfter(today)) {
			throw new InvalidInputException(field, "Choose today or a day before");
		}
		if (date.isBefore(today.minusYears(100))) {
			throw new InvalidInputException(field, "Choose a date within the last hundred years");
		}
		return date;
	}
}
