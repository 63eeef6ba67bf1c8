package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/** The four questions of the social discipline of learning. */
@NamedInterface(name = "api", propagate = false)
public enum CharterQuestion {
	/** What shared concerns bring people together meaningfully? */
	CONCERNS,
	/** Who should be at the table to make real progress in practice? */
	TABLE,
	/** What will participants do together? */
	PRACTICE,
	/** Who has the skill, legitimacy and leadership to convene it? */
	CONVENERS
}
