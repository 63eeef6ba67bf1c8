package org.constellation.shared.web;

import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Puts a domain rule's refusal next to the field it concerns, so the form shows
 * it like any other error.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Rethrows anything that is not a rule a person can fix in the form. */
	public static void reject(BindingResult errors, RuntimeException e) {
		String field = switch (e) {
			case InvalidInputException invalid -> invalid.field();
			case ConflictException conflict -> conflict.field();
			default -> throw e;
		};
		String bindable = field == null ? null : field.replaceAll("\\[\\d+]$", "");
		if (bindable != null && errors.getFieldType(bindable) != null) {
			errors.rejectValue(bindable, "rule", e.getMessage());
		} else {
			errors.reject("rule", e.getMessage());
		}
	}
}
