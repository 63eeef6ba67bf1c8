package org.constellation.communities;

/** Filters of the community list; every one optional. */
public record CommunityQuery(String text, Long issueId, Long levelId, Stage stage) {
}
