package org.constellation.communities;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Implemented by modules where members contribute (conversations, gatherings,
 * practice work) so a member can be shown what their recent activity suggests
 * about their participation level.
 */
@NamedInterface(name = "api", propagate = false)
public interface CommunityActivitySource {

	/** How many times this practitioner contributed to the community since then. */
	int contributions(long communityId, long practitionerId, Instant since);
}
