package org.constellation.conversations;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A reply as its reader sees it; {@code bodyHtml} is sanitized HTML. */
@NamedInterface(name = "api", propagate = false)
public record ReplyView(long id, long threadId, ReplyKind kind, String body, String bodyHtml, long authorId,
		String authorName, boolean helped, Instant createdAt, Instant updatedAt, long version, boolean mine) {
}
