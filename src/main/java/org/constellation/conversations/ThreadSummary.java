package org.constellation.conversations;

import java.time.Instant;

/** A thread as a line of a list. */
public record ThreadSummary(long id, long communityId, ThreadKind kind, String title, long authorId, String authorName,
		int replyCount, Instant createdAt, Instant lastActivityAt) {
}
