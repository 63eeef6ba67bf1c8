package org.constellation.gatherings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityService;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * On a practitioner's home page: the next gatherings they said yes to, with
 * when, where and the community. Two statements: the gatherings, then their
 * communities' names.
 */
@Component
class GatheringsOnHome implements HomeSection {

	static final int SHOWN = 3;

	private final Gatherings gatherings;
	private final CommunityService communities;
	private final Clock clock;

	GatheringsOnHome(Gatherings gatherings, CommunityService communities, Clock clock) {
		this.gatherings = gatherings;
		this.communities = communities;
		this.clock = clock;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		List<Gathering> coming = gatherings.saidYesTo(viewer.practitionerId(), clock.instant(),
				PageRequest.of(0, SHOWN));
		if (coming.isEmpty()) {
			return Contribution.NOTHING;
		}
		Map<Long, String> names = communities.names(coming.stream().map(Gathering::getCommunityId).distinct().toList());
		return Contribution.of(coming.stream().map(g -> item(g, names)).toList());
	}

	private static HomeItem item(Gathering g, Map<Long, String> names) {
		HomeItem.Text title = HomeItem.text("home.gathering", g.getTitle(), names.getOrDefault(g.getCommunityId(), ""));
		return HomeItem.of(Kind.NEXT, 10, title, "/gatherings/" + g.getId(), HomeItem.text("home.gathering.action"))
				.at(g.getStartsAt()).withDetail(where(g));
	}

	/** Where it meets: its place, or online. */
	private static HomeItem.Text where(Gathering g) {
		if (!g.getPlace().isBlank()) {
			return HomeItem.text("home.gathering.place", g.getPlace());
		}
		return HomeItem.text(g.getOnlineLink().isBlank() ? "home.gathering.yes" : "home.gathering.online");
	}
}
