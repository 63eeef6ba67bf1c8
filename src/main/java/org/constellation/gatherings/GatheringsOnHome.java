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
		return Contribution
				.of(coming
						.stream().map(
								g -> HomeItem
										.of(Kind.NEXT, 10,
												HomeItem.text("home.gathering", g.getTitle(),
														names.getOrDefault(g.getCommunityId(), "")),
												"/gatherings/" + g.getId(), HomeItem.text("home.gathering.action"))
										.at(g.getStartsAt())
										.withDetail(g.getPlace().isBlank()
												? HomeItem.text("home.gathering.online")
												: HomeItem.text("home.gathering.place", g.getPlace())))
						.toList());
	}
}
