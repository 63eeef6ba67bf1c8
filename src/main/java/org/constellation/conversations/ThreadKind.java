package org.constellation.conversations;

import org.springframework.modulith.NamedInterface;

/** What a thread brings to the community. */
@NamedInterface(name = "api", propagate = false)
public enum ThreadKind {
	QUESTION, CHALLENGE, STORY, CASE_REVIEW, IDEA
}
