package org.constellation.partnerships;

/** Each partner's private answer at the end of the opening. */
public enum Trust {
	/** "I can be vulnerable here." */
	CONFIRMED,
	/** "Not yet": the partner may ask to revisit a step. */
	NOT_YET
}
