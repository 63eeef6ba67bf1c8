package org.constellation.shared;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person is signed in but may not do this. */
@ResponseStatus(HttpStatus.FORBIDDEN)
@NamedInterface(name = "api", propagate = false)
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
