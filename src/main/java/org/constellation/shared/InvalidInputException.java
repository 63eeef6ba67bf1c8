package org.constellation.shared;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed the form's own checks but breaks a domain rule;
 * {@code field} names it.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
@NamedInterface(name = "api", propagate = false)
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
