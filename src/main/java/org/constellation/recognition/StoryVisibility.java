package org.constellation.recognition;

import org.springframework.modulith.NamedInterface;

/** Who may read a value-creation story. */
@NamedInterface(name = "api", propagate = false)
public enum StoryVisibility {
	/** The community's readers only (and never a sponsor). */
	COMMUNITY,
	/**
	 * Everyone signed in, sponsors included: the story is visible in reports for
	 * sponsors.
	 */
	SIGNED_IN
}
