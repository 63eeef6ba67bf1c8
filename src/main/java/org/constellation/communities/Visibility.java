package org.constellation.communities;

/** Who may read what is written in a community. */
public enum Visibility {
	/** Every signed-in person may read. */
	PUBLIC,
	/** Only members may read; others see the charter and may ask to join. */
	MEMBERS
}
