package org.constellation.conversations;

/** What a thread brings to the community. */
public enum ThreadKind {
	QUESTION, CHALLENGE, STORY, CASE_REVIEW, IDEA
}
