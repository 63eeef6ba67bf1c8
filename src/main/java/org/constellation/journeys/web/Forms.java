package org.constellation.journeys.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;

/** Reading what a form sent, keeping it as typed when it cannot be read. */
final class Forms {

	private Forms() {
	}

	static LocalDate date(String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			errors.rejectValue(field, "unreadable", "Choose a date, like 2026-03-03");
			return null;
		}
	}

	static Long id(String text, String field, String message, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		} catch (NumberFormatException e) {
			errors.rejectValue(field, "unreadable", message);
			return null;
		}
	}
}
