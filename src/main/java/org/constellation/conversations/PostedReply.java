package org.constellation.conversations;

import org.springframework.modulith.NamedInterface;

/**
 * A reply just posted, with the suggestion for its writer (null when there is
 * none) and the page of the thread it is on.
 */
@NamedInterface(name = "api", propagate = false)
public record PostedReply(ReplyView reply, String suggestion, int page) {
}
