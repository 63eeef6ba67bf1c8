package org.constellation.communities;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities whose charters name the issues a person cares about, which they
 * may join or ask to join and are not in yet, with the issues they share named
 * and their members counted: five statements at most, whatever the number (the
 * ranking is kept a few seconds). Shown to someone new on their home page and
 * in the last step of the welcome.
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
	/**
	 * The communities sharing a set of concerns, ranked, kept a few seconds per set
	 * and length: ranking reads every community that names one of the concerns (10
	 * ms at national scale), and is the same for everyone with those concerns. Each
	 * person's own communities are left out afterwards, from a ranking long enough
	 * to leave {@code limit} after them.
	 */
	private final Cache<Ranking, List<Communities.Match>> rankings;

	private record Ranking(Set<Long> concernIds, int length) {
	}

	CommunityMatches(Communities communities, Memberships memberships, Portfolio portfolio,
			@Value("${constellation.communities.matches-kept-for:PT30S}") Duration keptFor) {
		this.communities = communities;
		this.memberships = memberships;
		this.portfolio = portfolio;
		this.rankings = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(keptFor).build();
	}

	public List<Match> forConcerns(long practitionerId, Collection<Long> concernIds, int limit) {
		if (concernIds.isEmpty()) {
			return List.of();
		}
		Set<Long> theirs = new HashSet<>(memberships.joinedOrAskedCommunityIds(practitionerId));
		List<Communities.Match> ranked = rankings.get(new Ranking(Set.copyOf(concernIds), limit + theirs.size()),
				r -> communities.sharingIssues(r.concernIds(), PageRequest.of(0, r.length())));
		List<Communities.Match> matches = ranked.stream().filter(m -> !theirs.contains(m.id())).limit(limit).toList();
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
