package org.constellation.conversations;

import java.time.Instant;
import org.constellation.communities.CommunityActivitySource;
import org.springframework.stereotype.Component;

/** Threads started and replies written count as taking part in a community. */
@Component
class ConversationActivity implements CommunityActivitySource {

	private final ConversationService conversations;

	ConversationActivity(ConversationService conversations) {
		this.conversations = conversations;
	}

	@Override
	public int contributions(long communityId, long practitionerId, Instant since) {
		return conversations.contributions(communityId, practitionerId, since);
	}
}
