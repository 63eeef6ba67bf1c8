package org.constellation.recognition;

import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a community's home page: the way to its value page, with how many stories
 * the viewer may read there. One query.
 */
@Component
class ValueOnCommunityPage implements CommunitySection {

	record Model(long communityId, long stories, boolean canWrite) {
	}

	private final ValueStoryService stories;

	ValueOnCommunityPage(ValueStoryService stories) {
		this.stories = stories;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String fragment() {
		return "recognition/community-section :: section";
	}

	@Override
	@Transactional(readOnly = true)
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		return new Model(communityId, stories.countReadable(viewer, communityId, standing), standing.canContribute());
	}
}
