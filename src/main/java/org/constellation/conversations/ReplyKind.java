package org.constellation.conversations;

import org.springframework.modulith.NamedInterface;

/** How a reply relates to what it answers. */
@NamedInterface(name = "api", propagate = false)
public enum ReplyKind {
	BUILDS_ON, CLARIFYING_QUESTION, RESOURCE, REFLECTION
}
