package org.constellation.constellation.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.constellation.communities.CommunityCensus.CommunityFact;

/**
 * The communities chosen by a filter and the links between them: people they
 * share (the weight is how many) and issues they share. Shared members are
 * counted from each person's memberships, so the work grows with the
 * memberships, not with the square of the communities. Issue links grow with
 * that square, so they are drawn only for views of at most
 * {@link #ISSUE_LINK_LIMIT} communities.
 */
public final class ConstellationMap {

	public static final int ISSUE_LINK_LIMIT = 300;

	/** A community on the map. */
	public record Node(CommunityFact community, Set<Long> levelIds, int members, int recentPosts) {
	}

	/** Two communities joined by the people and the issues they share. */
	public record Link(long source, long target, int sharedMembers, int sharedIssues) {
	}

	/** What a filter chose. */
	public record View(List<Node> nodes, List<Link> links, boolean issueLinks) {
	}

	private ConstellationMap() {
	}

	public static View of(Snapshot snapshot, Predicate<CommunityFact> filter, int minSharedMembers) {
		List<Node> nodes = new ArrayList<>();
		Map<Long, List<Long>> communitiesOf = new HashMap<>();
		for (CommunityFact c : snapshot.communities()) {
			if (!filter.test(c)) {
				continue;
			}
			long[] members = snapshot.members(c.id());
			nodes.add(new Node(c, Snapshot.levelsOf(c), members.length,
					CommunityHealth.recent(snapshot.weeklyPosts(c.id()))));
			for (long member : members) {
				communitiesOf.computeIfAbsent(member, k -> new ArrayList<>(2)).add(c.id());
			}
		}
		Map<Pair, int[]> shared = new HashMap<>();
		for (List<Long> theirs : communitiesOf.values()) {
			for (int i = 0; i < theirs.size(); i++) {
				for (int j = i + 1; j < theirs.size(); j++) {
					shared.computeIfAbsent(Pair.of(theirs.get(i), theirs.get(j)), k -> new int[2])[0]++;
				}
			}
		}
		boolean issueLinks = nodes.size() <= ISSUE_LINK_LIMIT;
		if (issueLinks) {
			for (int i = 0; i < nodes.size(); i++) {
				Set<Long> issues = nodes.get(i).community().issueIds();
				for (int j = i + 1; j < nodes.size(); j++) {
					Set<Long> common = new HashSet<>(issues);
					common.retainAll(nodes.get(j).community().issueIds());
					if (!common.isEmpty()) {
						shared.computeIfAbsent(Pair.of(nodes.get(i).community().id(), nodes.get(j).community().id()),
								k -> new int[2])[1] = common.size();
					}
				}
			}
		}
		List<Link> links = new ArrayList<>();
		int threshold = Math.max(1, minSharedMembers);
		shared.forEach((pair, counts) -> {
			if (counts[0] >= threshold || counts[1] > 0) {
				links.add(new Link(pair.a(), pair.b(), counts[0], counts[1]));
			}
		});
		links.sort(Comparator.comparingLong(Link::source).thenComparingLong(Link::target));
		return new View(nodes, links, issueLinks);
	}

	private record Pair(long a, long b) {
		static Pair of(long x, long y) {
			return x < y ? new Pair(x, y) : new Pair(y, x);
		}
	}
}
