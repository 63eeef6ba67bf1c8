package org.constellation.shared;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change that cannot be made because of what is already stored (a duplicate
 * name, an item still in use). {@code field} names the input at fault when
 * there is one.
 */
@ResponseStatus(HttpStatus.CONFLICT)
@NamedInterface(name = "api", propagate = false)
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
