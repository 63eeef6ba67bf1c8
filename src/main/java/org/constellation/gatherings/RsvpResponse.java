package org.constellation.gatherings;

import org.springframework.modulith.NamedInterface;

/** A member's answer to a gathering. */
@NamedInterface(name = "api", propagate = false)
public enum RsvpResponse {
	YES, NO, MAYBE;

	/** Yes and maybe both put the gathering in the person's calendar. */
	public boolean attending() {
		return this != NO;
	}
}
