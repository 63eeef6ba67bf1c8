package org.constellation.conversations;

import java.time.Instant;

/** A reply as its reader sees it; {@code bodyHtml} is sanitized HTML. */
public record ReplyView(long id, long threadId, ReplyKind kind, String body, String bodyHtml, long authorId,
		String authorName, boolean helped, Instant createdAt, Instant updatedAt, long version, boolean mine) {
}
