package org.constellation.shared;

import org.springframework.modulith.NamedInterface;

/**
 * An edit over the API names the version of what it changes, as the caller read
 * it: without one, two people changing the same thing at once would each
 * overwrite the other without knowing. A different version is answered 409 by
 * the service; a missing one 422 here. Pages always send theirs in the form.
 */
@NamedInterface(name = "api", propagate = false)
public final class Versions {

	public static final String MESSAGE = "Send the version you edited";

	private Versions() {
	}

	public static void required(Long version) {
		if (version == null) {
			throw new InvalidInputException("version", MESSAGE);
		}
	}
}
