package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/** The life-cycle stage of a community of practice, in the order they come. */
@NamedInterface(name = "api", propagate = false)
public enum Stage {
	POTENTIAL, COALESCING, MATURING, STEWARDSHIP, TRANSFORMATION
}
