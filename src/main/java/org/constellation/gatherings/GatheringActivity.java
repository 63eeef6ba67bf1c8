package org.constellation.gatherings;

import java.time.Instant;
import org.constellation.communities.CommunityActivitySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gatherings attended and proposed count towards a member's participation. */
@Component
class GatheringActivity implements CommunityActivitySource {

	private final Gatherings gatherings;
	private final Attendances attendances;

	GatheringActivity(Gatherings gatherings, Attendances attendances) {
		this.gatherings = gatherings;
		this.attendances = attendances;
	}

	@Override
	@Transactional(readOnly = true)
	public int contributions(long communityId, long practitionerId, Instant since) {
		return (int) (attendances.attendedSince(communityId, practitionerId, since)
				+ gatherings.proposedSince(communityId, practitionerId, since));
	}
}
