package org.constellation.journeys;

import java.time.Instant;

/** A journal entry as the partners it was shared with read it. */
public record SharedEntry(long id, String title, String bodyHtml, long authorId, String authorName, Instant writtenAt,
		Instant sharedAt) {
}
