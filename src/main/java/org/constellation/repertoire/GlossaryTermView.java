package org.constellation.repertoire;

import java.time.Instant;
import org.constellation.shared.Ref;

/** A glossary term as one reader sees it, and whether they may edit it. */
public record GlossaryTermView(long id, long communityId, String term, String letter, String meaning, String example,
		Ref author, Instant updatedAt, long version, boolean canChange) {
}
