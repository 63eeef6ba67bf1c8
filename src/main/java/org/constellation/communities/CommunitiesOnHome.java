package org.constellation.communities;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.stereotype.Component;

/**
 * On a practitioner's home page: invitations to join a community, the people
 * asking to join the communities they convene, and their own communities (those
 * they wait to be let into too), all from one statement; for someone in no
 * community and no partnership yet, a few communities whose charters name the
 * issues they care about, with those issues named and their members counted
 * (four more).
 */
@Component
class CommunitiesOnHome implements HomeSection {

	static final int MATCHES = 3;

	/** How many of one's own communities the home page lists. */
	static final int MINE = 6;

	private final Memberships memberships;
	private final CommunityMatches matches;

	CommunitiesOnHome(Memberships memberships, CommunityMatches matches) {
		this.memberships = memberships;
		this.matches = matches;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		List<Memberships.OnHome> rows = memberships.onHome(viewer.practitionerId());
		List<HomeItem> items = new ArrayList<>();
		for (Memberships.OnHome row : rows) {
			if (row.status() == MembershipStatus.INVITED) {
				items.add(HomeItem
						.of(Kind.NOW, 25, HomeItem.text("home.community.invited", row.name()),
								"/communities/" + row.communityId(), HomeItem.text("home.community.invited.action"))
						.withDetail(HomeItem.text("home.community.invited.text")));
			} else if (row.convener() && row.requests() > 0) {
				items.add(
						HomeItem.of(Kind.NOW, 30, HomeItem.text("home.community.requests", row.requests(), row.name()),
								"/communities/" + row.communityId() + "/requests",
								HomeItem.text("home.community.requests.action", row.requests())));
			}
		}
		// one's own communities, and those one waits to be let into, by name
		int listed = 0;
		for (Memberships.OnHome row : rows) {
			if (row.status() == MembershipStatus.INVITED || listed == MINE) {
				continue;
			}
			HomeItem item = HomeItem.of(Kind.MINE, listed++, HomeItem.text("home.community.mine", row.name()),
					"/communities/" + row.communityId(), HomeItem.text("home.community.mine.action"));
			items.add(row.status() == MembershipStatus.REQUESTED
					? item.withDetail(HomeItem.text("home.community.mine.requested"))
					: item);
		}
		return new Contribution(items, rows.stream().anyMatch(r -> r.status() == MembershipStatus.ACTIVE));
	}

	@Override
	public List<HomeItem> forNewcomer(HomeViewer viewer) {
		List<HomeItem> items = new ArrayList<>();
		List<CommunityMatches.Match> found = matches.forConcerns(viewer.practitionerId(), viewer.concernIds(), MATCHES);
		for (int i = 0; i < found.size(); i++) {
			CommunityMatches.Match m = found.get(i);
			String issues = m.sharedIssues().stream().map(n -> "\u201c" + n + "\u201d")
					.collect(Collectors.joining(", "));
			items.add(HomeItem
					.of(Kind.START, i, HomeItem.text("home.community.match", m.name()), "/communities/" + m.id(),
							HomeItem.text("home.community.match.action." + m.joinPolicy()))
					.withDetail(
							HomeItem.text("home.community.match.text", issues, m.sharedIssues().size(), m.members())));
		}
		return items;
	}
}
