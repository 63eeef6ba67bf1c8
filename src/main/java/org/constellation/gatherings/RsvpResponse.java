package org.constellation.gatherings;

/** A member's answer to a gathering. */
public enum RsvpResponse {
	YES, NO, MAYBE;

	/** Yes and maybe both put the gathering in the person's calendar. */
	public boolean attending() {
		return this != NO;
	}
}
