package org.constellation.partnerships;

import org.springframework.modulith.NamedInterface;

/** Each partner's private answer at the end of the opening. */
@NamedInterface(name = "api", propagate = false)
public enum Trust {
	/** "I can be vulnerable here." */
	CONFIRMED,
	/** "Not yet": the partner may ask to revisit a step. */
	NOT_YET
}
