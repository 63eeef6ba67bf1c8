package org.constellation.communities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.portfolio.Portfolio;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities whose charters name the issues a person cares about, which they
 * may join or ask to join and are not in yet, with the issues they share named
 * and their members counted: four statements, whatever the number. Shown to
 * someone new on their home page and in the last step of the welcome.
 */
@Component
@Transactional(readOnly = true)
public class CommunityMatches {

	/** A community that shares some of a person's concerns. */
	public record Match(long id, String name, JoinPolicy joinPolicy, List<String> sharedIssues, long members) {

		public boolean opensAtOnce() {
			return joinPolicy == JoinPolicy.OPEN;
		}
	}

	/** A community the person is in, invited to, or has asked to join. */
	public record Mine(long id, String name, MembershipStatus status) {
	}

	private final Communities communities;
	private final Memberships memberships;
	private final Portfolio portfolio;

	CommunityMatches(Communities communities, Memberships memberships, Portfolio portfolio) {
		this.communities = communities;
		this.memberships = memberships;
		this.portfolio = portfolio;
	}

	public List<Match> forConcerns(long practitionerId, Collection<Long> concernIds, int limit) {
		if (concernIds.isEmpty()) {
			return List.of();
		}
		List<Communities.Match> matches = communities.sharingIssues(concernIds, practitionerId,
				PageRequest.of(0, limit));
		if (matches.isEmpty()) {
			return List.of();
		}
		List<Long> ids = matches.stream().map(Communities.Match::id).toList();
		Map<Long, List<Long>> shared = new HashMap<>();
		for (Object[] row : communities.issuesAmong(ids, concernIds)) {
			shared.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
					.add(((Number) row[1]).longValue());
		}
		// members counted for the few shown only, not for every community sharing a
		// concern
		Map<Long, Long> members = new HashMap<>();
		for (Object[] row : memberships.participationCounts(ids)) {
			members.merge(((Number) row[0]).longValue(), ((Number) row[2]).longValue(), Long::sum);
		}
		Map<Long, String> names = portfolio
				.issueNames(shared.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		return matches.stream()
				.map(m -> new Match(m.id(), m.name(), m.joinPolicy(),
						shared.getOrDefault(m.id(), List.of()).stream().map(names::get).filter(n -> n != null)
								.sorted(String.CASE_INSENSITIVE_ORDER).toList(),
						members.getOrDefault(m.id(), 0L)))
				.toList();
	}

	/**
	 * The communities a person is in, invited to or waiting for, by name: one
	 * statement.
	 */
	public List<Mine> mine(long practitionerId) {
		return memberships.onHome(practitionerId).stream().map(r -> new Mine(r.communityId(), r.name(), r.status()))
				.toList();
	}
}
