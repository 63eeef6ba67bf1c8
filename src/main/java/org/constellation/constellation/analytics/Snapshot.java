package org.constellation.constellation.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.constellation.communities.CommunityCensus.CommunityFact;
import org.constellation.communities.CommunityCensus.MembershipFact;
import org.constellation.conversations.ConversationCensus.WeeklyPosts;
import org.constellation.gatherings.GatheringCensus.Rhythm;
import org.constellation.partnerships.PartnershipCensus.CommunityRhythm;
import org.constellation.people.PractitionerCensus.PractitionerFact;

/**
 * The whole constellation at one moment: every community, every active
 * membership, each member's level and stakeholder groups, and the counts of
 * activity. Built in a fixed number of statements and kept for a short while;
 * what is derived from it (coverage, health, boundary spanners) is computed
 * once per snapshot, on first use; the boundary spanners are handed on to the
 * next snapshot when no community, charter, membership or profile has changed.
 */
public final class Snapshot {

	/**
	 * Weeks of activity kept: a half year, the last 13 weeks against the 13 before.
	 */
	public static final int WEEKS = 26;

	private final Instant builtAt;
	private final Instant firstWeek;
	private final Map<Long, CommunityFact> communities = new LinkedHashMap<>();
	private final Map<Long, long[]> membersByCommunity;
	private final Map<Long, PractitionerFact> practitioners;
	private final Map<Long, int[]> weeklyPosts = new HashMap<>();
	private final Map<Long, Rhythm> gatherings;
	private final Map<Long, CommunityRhythm> partnerships;
	private final List<BoundarySpanning.Tie> ties;

	private final Memo<Coverage> coverage = new Memo<>(() -> Coverage.of(this));
	private final Memo<Map<Long, CommunityHealth>> health = new Memo<>(() -> CommunityHealth.of(this));
	private final Memo<List<BoundarySpanning.Spanner>> spanners;
	private final Memo<ConstellationMap.View> wholeMap = new Memo<>(() -> ConstellationMap.of(this, c -> true, 1));

	public Snapshot(Instant builtAt, Instant firstWeek, List<CommunityFact> communities,
			List<MembershipFact> memberships, Map<Long, PractitionerFact> practitioners, List<WeeklyPosts> posts,
			Map<Long, Rhythm> gatherings, Map<Long, CommunityRhythm> partnerships, int threads,
			Snapshot sameMemberships) {
		this.builtAt = builtAt;
		this.firstWeek = firstWeek;
		communities.forEach(c -> this.communities.put(c.id(), c));
		this.practitioners = practitioners;
		this.gatherings = gatherings;
		this.partnerships = partnerships;
		Map<Long, List<Long>> members = new HashMap<>();
		List<BoundarySpanning.Tie> ties = new ArrayList<>(memberships.size());
		for (MembershipFact m : memberships) {
			members.computeIfAbsent(m.communityId(), k -> new ArrayList<>()).add(m.practitionerId());
			ties.add(new BoundarySpanning.Tie(m.communityId(), m.practitionerId()));
		}
		this.ties = ties;
		this.membersByCommunity = new HashMap<>();
		members.forEach((id, list) -> membersByCommunity.put(id, list.stream().mapToLong(Long::longValue).toArray()));
		for (WeeklyPosts week : posts) {
			int index = week.week();
			if (index >= 0 && index < WEEKS) {
				weeklyPosts.computeIfAbsent(week.communityId(), k -> new int[WEEKS])[index] += week.posts();
			}
		}
		Map<Long, Set<Long>> levels = new HashMap<>();
		this.communities.values().forEach(c -> levels.put(c.id(), levelsOf(c)));
		// boundary spanners depend on memberships and levels alone: kept while those
		// have not changed
		this.spanners = sameMemberships != null
				? sameMemberships.spanners
				: new Memo<>(() -> BoundarySpanning.rank(levels, this.ties, threads));
	}

	public Instant builtAt() {
		return builtAt;
	}

	/** The Monday the first of the {@link #WEEKS} weeks of activity begins on. */
	public Instant firstWeek() {
		return firstWeek;
	}

	public Collection<CommunityFact> communities() {
		return Collections.unmodifiableCollection(communities.values());
	}

	public CommunityFact community(long id) {
		return communities.get(id);
	}

	/**
	 * The levels a community spans: those of the places it is scoped to, or without
	 * places those its charter asks for.
	 */
	public static Set<Long> levelsOf(CommunityFact community) {
		return community.levelIds().isEmpty() ? community.neededLevelIds() : community.levelIds();
	}

	public long[] members(long communityId) {
		return membersByCommunity.getOrDefault(communityId, new long[0]);
	}

	public PractitionerFact practitioner(long id) {
		return practitioners.get(id);
	}

	/** Threads and replies per week, oldest first, {@link #WEEKS} weeks. */
	public int[] weeklyPosts(long communityId) {
		return weeklyPosts.getOrDefault(communityId, new int[WEEKS]);
	}

	public Rhythm gatherings(long communityId) {
		return gatherings.getOrDefault(communityId, new Rhythm(communityId, 0, null, null));
	}

	public CommunityRhythm partnerships(long communityId) {
		return partnerships.getOrDefault(communityId, new CommunityRhythm(communityId, 0, 0));
	}

	/** Distinct people across the given communities. */
	public Set<Long> membersOf(Collection<Long> communityIds) {
		Set<Long> people = new HashSet<>();
		for (long id : communityIds) {
			for (long member : members(id)) {
				people.add(member);
			}
		}
		return people;
	}

	public Coverage coverage() {
		return coverage.get();
	}

	public Map<Long, CommunityHealth> health() {
		return health.get();
	}

	/**
	 * Every community and every link: the map nobody has filtered yet, the one most
	 * asked for.
	 */
	public ConstellationMap.View wholeMap() {
		return wholeMap.get();
	}

	public List<BoundarySpanning.Spanner> boundarySpanners() {
		return spanners.get();
	}

	/** Computed once, by the first reader; the others wait for it. */
	private static final class Memo<T> {
		private final Supplier<T> compute;
		private volatile T value;

		Memo(Supplier<T> compute) {
			this.compute = compute;
		}

		T get() {
			T result = value;
			if (result == null) {
				synchronized (this) {
					result = value;
					if (result == null) {
						value = result = compute.get();
					}
				}
			}
			return result;
		}
	}
}
