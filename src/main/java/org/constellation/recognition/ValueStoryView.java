package org.constellation.recognition;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.constellation.shared.Ref;

/**
 * A value-creation story with the names it refers to; {@code canChange} is true
 * for its author.
 */
public record ValueStoryView(Long id, Long communityId, String communityName, Long authorId, String authorName,
		String title, String body, String bodyHtml, Set<ValueCycle> cycles, List<Ref> issues, String evidence,
		List<String> evidenceLinks, StoryVisibility visibility, Instant createdAt, Instant updatedAt, long version,
		boolean canChange) {
}
