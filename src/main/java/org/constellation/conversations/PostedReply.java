package org.constellation.conversations;

/**
 * A reply just posted, with the suggestion for its writer (null when there is
 * none) and the page of the thread it is on.
 */
public record PostedReply(ReplyView reply, String suggestion, int page) {
}
