package org.constellation.conversations;

/** How a reply relates to what it answers. */
public enum ReplyKind {
	BUILDS_ON, CLARIFYING_QUESTION, RESOURCE, REFLECTION
}
