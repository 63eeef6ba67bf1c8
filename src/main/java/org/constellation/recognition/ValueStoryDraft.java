package org.constellation.recognition;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A value-creation story as its author writes or edits it. {@code version} is
 * the one the author read, so a stale edit is refused; {@code communityId} is
 * fixed once the story is written.
 */
@NamedInterface(name = "api", propagate = false)
public record ValueStoryDraft(Long communityId, String title, String body, Set<ValueCycle> cycles, Set<Long> issueIds,
		String evidence, List<String> evidenceLinks, StoryVisibility visibility, Long version) {

	public ValueStoryDraft {
		cycles = cycles == null ? Set.of() : Set.copyOf(cycles);
		issueIds = issueIds == null ? Set.of() : Set.copyOf(issueIds);
		evidenceLinks = evidenceLinks == null
				? List.of()
				: evidenceLinks.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
	}
}
