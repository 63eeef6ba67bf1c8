package org.constellation.gatherings;

import java.util.List;
import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * The next gatherings on a community's home page, in the reader's zone (the
 * page's {@code zone}).
 */
@Component
class GatheringsSection implements CommunitySection {

	static final int SHOWN = 3;

	record Model(long communityId, List<GatheringSummary> upcoming, boolean mayPropose) {
	}

	private final GatheringService gatherings;

	GatheringsSection(GatheringService gatherings) {
		this.gatherings = gatherings;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fragment() {
		return "gatherings/section :: upcoming";
	}

	@Override
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		return new Model(communityId, gatherings.upcoming(viewer, communityId, SHOWN), standing.canContribute());
	}
}
