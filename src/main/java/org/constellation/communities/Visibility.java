package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/** Who may read what is written in a community. */
@NamedInterface(name = "api", propagate = false)
public enum Visibility {
	/** Every signed-in person may read. */
	PUBLIC,
	/** Only members may read; others see the charter and may ask to join. */
	MEMBERS
}
