package org.constellation.recognition;

/** Who may read a value-creation story. */
public enum StoryVisibility {
	/** The community's readers only (and never a sponsor). */
	COMMUNITY,
	/**
	 * Everyone signed in, sponsors included: the story is visible in reports for
	 * sponsors.
	 */
	SIGNED_IN
}
