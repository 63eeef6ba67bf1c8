package org.constellation.recognition;

/** The kind of support a sponsor offers with an endorsement. */
public enum SupportKind {
	FUNDING, TIME, VISIBILITY, TRAINING, OTHER
}
