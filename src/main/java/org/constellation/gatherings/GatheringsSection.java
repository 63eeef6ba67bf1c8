package org.constellation.gatherings;

import java.util.List;
import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;

/** The next gatherings on a community's home page, in the reader's zone. */
@Component
class GatheringsSection implements CommunitySection {

	static final int SHOWN = 3;

	record Model(long communityId, List<GatheringSummary> upcoming, String zone, boolean mayPropose) {
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
		List<GatheringSummary> upcoming = gatherings.upcoming(viewer, communityId, SHOWN);
		// nothing to show in any zone: spare the community's home page a query
		return new Model(communityId, upcoming, upcoming.isEmpty() ? "UTC" : gatherings.zoneOf(viewer),
				standing.canContribute());
	}
}
