package org.constellation.conversations;

import java.util.List;
import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;

/** The most recently active conversations on a community's home page. */
@Component
class ConversationsOnCommunityPage implements CommunitySection {

	static final int SHOWN = 5;

	/**
	 * What the fragment conversations/section :: recent reads, with the page's own
	 * reader zone.
	 */
	record RecentConversations(long communityId, List<ThreadSummary> threads, boolean canStart) {
	}

	private final ConversationService conversations;

	ConversationsOnCommunityPage(ConversationService conversations) {
		this.conversations = conversations;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "conversations/section :: recent";
	}

	@Override
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		return new RecentConversations(communityId, conversations.recent(communityId, SHOWN), standing.canContribute());
	}
}
