package org.constellation.communities;

/**
 * The kinds of activity a community's practice is made of (the third question).
 */
public enum Activity {
	CONVERSATIONS, STORY_SHARING, CASE_REVIEWS, GATHERINGS, PRACTICE_WORK, SHARED_REPERTOIRE, PEER_VISITS, LEARNING_PARTNERSHIPS
}
