package org.constellation.shared;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A query parameter outside what an endpoint answers (a range too long, a last
 * day before the first): the API answers 400 naming the parameter, as it does
 * for one that does not parse, where a body that breaks a rule is a 422.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
@NamedInterface(name = "api", propagate = false)
public class BadQueryException extends InvalidInputException {

	public BadQueryException(String parameter, String message) {
		super(parameter, message);
	}
}
