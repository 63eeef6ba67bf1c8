package org.constellation.communities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.constellation.portfolio.Portfolio;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * On a practitioner's home page: invitations to join a community, and the
 * people asking to join the communities they convene (one statement); for
 * someone in no community and no partnership yet, a few communities whose
 * charters name the issues they care about, with those issues named and their
 * members counted (four more).
 */
@Component
class CommunitiesOnHome implements HomeSection {

	static final int MATCHES = 3;

	private final Memberships memberships;
	private final Communities communities;
	private final Portfolio portfolio;

	CommunitiesOnHome(Memberships memberships, Communities communities, Portfolio portfolio) {
		this.memberships = memberships;
		this.communities = communities;
		this.portfolio = portfolio;
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
		return new Contribution(items, rows.stream().anyMatch(r -> r.status() == MembershipStatus.ACTIVE));
	}

	@Override
	public List<HomeItem> forNewcomer(HomeViewer viewer) {
		if (viewer.concernIds().isEmpty()) {
			return List.of();
		}
		List<Communities.Match> matches = communities.sharingIssues(viewer.concernIds(), viewer.practitionerId(),
				PageRequest.of(0, MATCHES));
		if (matches.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> shared = new HashMap<>();
		for (Object[] row : communities.issuesAmong(matches.stream().map(Communities.Match::id).toList(),
				viewer.concernIds())) {
			shared.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
					.add(((Number) row[1]).longValue());
		}
		// members counted for the few shown only, not for every community sharing a
		// concern
		Map<Long, Long> members = new HashMap<>();
		for (Object[] row : memberships.participationCounts(matches.stream().map(Communities.Match::id).toList())) {
			members.merge(((Number) row[0]).longValue(), ((Number) row[2]).longValue(), Long::sum);
		}
		Map<Long, String> names = portfolio
				.issueNames(shared.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		List<HomeItem> items = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			Communities.Match m = matches.get(i);
			String issues = shared.getOrDefault(m.id(), List.of()).stream().map(names::get).filter(n -> n != null)
					.sorted(String.CASE_INSENSITIVE_ORDER).map(n -> "\u201c" + n + "\u201d")
					.collect(Collectors.joining(", "));
			items.add(HomeItem
					.of(Kind.START, i, HomeItem.text("home.community.match", m.name()), "/communities/" + m.id(),
							HomeItem.text("home.community.match.action." + m.joinPolicy()))
					.withDetail(HomeItem.text("home.community.match.text", issues, m.sharedIssues(),
							members.getOrDefault(m.id(), 0L))));
		}
		return items;
	}
}
