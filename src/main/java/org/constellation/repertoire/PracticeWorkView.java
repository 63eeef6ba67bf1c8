package org.constellation.repertoire;

import java.time.Instant;
import java.util.List;
import org.constellation.shared.Ref;
import org.springframework.modulith.NamedInterface;

/**
 * Practice work as one reader sees it: names only for those who see people, the
 * goal rendered safely, and what this reader may do with it.
 */
@NamedInterface(name = "api", propagate = false)
public record PracticeWorkView(long id, long communityId, String title, String goal, String goalHtml,
		PracticeWorkStatus status, Ref proposedBy, List<Ref> participants, int participantCount, List<Output> outputs,
		Instant createdAt, Instant updatedAt, long version, boolean participating, boolean canJoin, boolean canChange) {

	/** One output; {@code noteHtml} is the note rendered safely. */
	public record Output(long id, String title, String url, String note, String noteHtml, Ref addedBy,
			Instant addedAt) {
	}
}
