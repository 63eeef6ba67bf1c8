package org.constellation.repertoire;

import java.time.Instant;
import java.util.List;
import org.constellation.shared.Ref;

/**
 * A piece of the repertoire as one reader sees it: the body rendered safely,
 * its issues named, and whether this reader may edit it.
 */
public record ArtifactView(long id, long communityId, ArtifactKind kind, String title, String body, String bodyHtml,
		String url, List<String> tags, List<Ref> issues, Ref author, Instant createdAt, Instant updatedAt, long version,
		boolean canChange) {
}
