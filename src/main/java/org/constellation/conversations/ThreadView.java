package org.constellation.conversations;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A thread as its reader sees it. {@code bodyHtml} is sanitized HTML;
 * {@code mine} says the reader started it (and may edit it and mark replies
 * that helped).
 */
@NamedInterface(name = "api", propagate = false)
public record ThreadView(long id, long communityId, String communityName, ThreadKind kind, String title, String body,
		String bodyHtml, long authorId, String authorName, int replyCount, Instant createdAt, Instant updatedAt,
		Instant lastActivityAt, long version, boolean mine, boolean following, boolean canReply, Readers readers) {
}
