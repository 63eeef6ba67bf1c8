package org.constellation.gatherings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * On a practitioner's home page: the next gatherings they said yes to, with
 * when, where and the community, in communities they may still read. Four
 * statements: the gatherings, which of their communities the person may read
 * (two), their names.
 */
@Component
class GatheringsOnHome implements HomeSection {

	static final int SHOWN = 3;

	private final Gatherings gatherings;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final Clock clock;

	GatheringsOnHome(Gatherings gatherings, CommunityAccess access, CommunityService communities, Clock clock) {
		this.gatherings = gatherings;
		this.access = access;
		this.communities = communities;
		this.clock = clock;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		// a few more than shown, for those of a members-only community the person has
		// left since: as in their calendar feed, those are no longer theirs to open
		List<Gathering> coming = gatherings.saidYesTo(viewer.practitionerId(), clock.instant(),
				PageRequest.of(0, 2 * SHOWN));
		if (coming.isEmpty()) {
			return Contribution.NOTHING;
		}
		Set<Long> readable = access.readableAmong(viewer.practitionerId(),
				coming.stream().map(Gathering::getCommunityId).distinct().toList());
		List<Gathering> shown = coming.stream().filter(g -> readable.contains(g.getCommunityId())).limit(SHOWN)
				.toList();
		if (shown.isEmpty()) {
			return Contribution.NOTHING;
		}
		Map<Long, String> names = communities.names(shown.stream().map(Gathering::getCommunityId).distinct().toList());
		return Contribution.of(shown.stream().map(g -> item(g, names)).toList());
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
