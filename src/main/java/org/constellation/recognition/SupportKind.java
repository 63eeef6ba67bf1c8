package org.constellation.recognition;

import org.springframework.modulith.NamedInterface;

/** The kind of support a sponsor offers with an endorsement. */
@NamedInterface(name = "api", propagate = false)
public enum SupportKind {
	FUNDING, TIME, VISIBILITY, TRAINING, OTHER
}
