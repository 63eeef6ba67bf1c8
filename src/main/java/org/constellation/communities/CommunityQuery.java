package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/** Filters of the community list; every one optional. */
@NamedInterface(name = "api", propagate = false)
public record CommunityQuery(String text, Long issueId, Long levelId, Stage stage) {
}
