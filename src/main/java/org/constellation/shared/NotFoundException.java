package org.constellation.shared;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something asked for does not exist, or is not visible to the one asking
 * (never say which).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface(name = "api", propagate = false)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " was not found");
	}
}
