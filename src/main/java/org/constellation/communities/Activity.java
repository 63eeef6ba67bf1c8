package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/**
 * The kinds of activity a community's practice is made of (the third question).
 */
@NamedInterface(name = "api", propagate = false)
public enum Activity {
	CONVERSATIONS, STORY_SHARING, CASE_REVIEWS, GATHERINGS, PRACTICE_WORK, SHARED_REPERTOIRE, PEER_VISITS, LEARNING_PARTNERSHIPS
}
