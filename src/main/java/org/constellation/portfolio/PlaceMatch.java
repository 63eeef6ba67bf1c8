package org.constellation.portfolio;

import org.springframework.modulith.NamedInterface;

/**
 * A place found by its name, with what tells two of the same name apart: its
 * level and the place it lies in ("Springfield", District, "Illinois").
 *
 * @param within
 *            the name of the place it lies in; null for a place at the top
 */
@NamedInterface(name = "api", propagate = false)
public record PlaceMatch(long id, String name, String level, String within) {

	/** "Springfield, Illinois": what a person types or picks to name it. */
	public String label() {
		return within == null ? name : name + ", " + within;
	}
}
