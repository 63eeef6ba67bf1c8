package org.constellation.gatherings;

import java.time.Instant;
import org.constellation.communities.CommunityActivitySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gatherings attended and proposed count towards a member's participation. */
@Component
class GatheringActivity implements CommunityActivitySource {

	private final Attendances attendances;

	GatheringActivity(Attendances attendances) {
		this.attendances = attendances;
	}

	@Override
	@Transactional(readOnly = true)
	public int contributions(long communityId, long practitionerId, Instant since) {
		return (int) attendances.attendedOrProposedSince(communityId, practitionerId, since);
	}
}
