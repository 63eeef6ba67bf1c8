package org.constellation.communities;

/** The life-cycle stage of a community of practice, in the order they come. */
public enum Stage {
	POTENTIAL, COALESCING, MATURING, STEWARDSHIP, TRANSFORMATION
}
