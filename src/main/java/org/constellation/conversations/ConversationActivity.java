package org.constellation.conversations;

import java.time.Instant;
import org.constellation.communities.CommunityActivitySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads started and replies written count as taking part in a community.
 * Reads the repositories itself: the community service asks it, so it cannot go
 * through a service that needs the community service.
 */
@Component
@Transactional(readOnly = true)
class ConversationActivity implements CommunityActivitySource {

	private final Threads threads;

	ConversationActivity(Threads threads) {
		this.threads = threads;
	}

	@Override
	public int contributions(long communityId, long practitionerId, Instant since) {
		return (int) threads.countWrittenSince(communityId, practitionerId, since);
	}
}
