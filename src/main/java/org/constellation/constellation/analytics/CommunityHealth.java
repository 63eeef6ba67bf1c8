package org.constellation.constellation.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.CharterQuestion;
import org.constellation.communities.CommunityCensus.CommunityFact;
import org.constellation.communities.Participation;
import org.constellation.communities.Stage;
import org.constellation.gatherings.GatheringCensus.Rhythm;
import org.constellation.partnerships.PartnershipCensus.CommunityRhythm;

/**
 * How a community is doing: its activity over the last half year, its
 * participation pyramid, its stage, how much of its charter is answered and its
 * rhythm of gatherings — and, when it needs a convener's or a steward's
 * attention, why. A community younger than four weeks is given time before it
 * is called quiet or small.
 */
public record CommunityHealth(long communityId, String name, Stage stage, int[] weeklyPosts, int recentPosts,
		int earlierPosts, Map<Participation, Integer> pyramid, Set<CharterQuestion> unanswered, Rhythm gatherings,
		CommunityRhythm partnerships, List<Attention> attention) {

	/** Why a community is on the list that needs attention, most pressing first. */
	public enum Attention {
		/** Nobody convenes it. */
		NO_CONVENER,
		/** Nothing written in 8 weeks and no gathering in 13. */
		QUIET,
		/** Less than half the posts of the 13 weeks before (which had at least 10). */
		ACTIVITY_FALLING,
		/** Past its first stage, and no gathering held in 13 weeks nor planned. */
		NO_GATHERING,
		/** Fewer than 3 members. */
		FEW_MEMBERS,
		/** A charter question is unanswered. */
		CHARTER_INCOMPLETE,
		/**
		 * The charter asks for stakeholder groups or levels none of its members brings.
		 */
		MISSING_AT_TABLE
	}

	static final int RECENT_WEEKS = 13;
	static final Duration SETTLING_IN = Duration.ofDays(28);

	public int charterAnswered() {
		return CharterQuestion.values().length - unanswered.size();
	}

	public int members() {
		return pyramid.values().stream().mapToInt(Integer::intValue).sum();
	}

	public boolean needsAttention() {
		return !attention.isEmpty();
	}

	/** Posts of the last 13 weeks. */
	static int recent(int[] weekly) {
		int sum = 0;
		for (int w = weekly.length - RECENT_WEEKS; w < weekly.length; w++) {
			sum += weekly[w];
		}
		return sum;
	}

	static Map<Long, CommunityHealth> of(Snapshot snapshot) {
		Set<Long> withGaps = new java.util.HashSet<>();
		snapshot.coverage().gaps().forEach(g -> withGaps.add(g.communityId()));
		Map<Long, CommunityHealth> all = new HashMap<>();
		for (CommunityFact c : snapshot.communities()) {
			all.put(c.id(), of(c, snapshot, withGaps.contains(c.id())));
		}
		return all;
	}

	static CommunityHealth of(CommunityFact c, Snapshot snapshot, boolean missingAtTable) {
		int[] weekly = snapshot.weeklyPosts(c.id());
		int recent = recent(weekly);
		int earlier = 0;
		for (int w = weekly.length - 2 * RECENT_WEEKS; w < weekly.length - RECENT_WEEKS; w++) {
			earlier += weekly[Math.max(w, 0)];
		}
		int lastEight = 0;
		for (int w = weekly.length - 8; w < weekly.length; w++) {
			lastEight += weekly[w];
		}
		Set<CharterQuestion> unanswered = EnumSet.noneOf(CharterQuestion.class);
		if (c.issueIds().isEmpty()) {
			unanswered.add(CharterQuestion.CONCERNS);
		}
		if (c.askedGroupIds().isEmpty() && c.neededLevelIds().isEmpty()) {
			unanswered.add(CharterQuestion.TABLE);
		}
		if (!c.hasPractice() && c.activities().isEmpty()) {
			unanswered.add(CharterQuestion.PRACTICE);
		}
		if (c.convenerIds().isEmpty()) {
			unanswered.add(CharterQuestion.CONVENERS);
		}
		Rhythm gatherings = snapshot.gatherings(c.id());
		boolean settled = c.createdAt() == null || c.createdAt().isBefore(snapshot.builtAt().minus(SETTLING_IN));
		List<Attention> attention = new ArrayList<>();
		if (c.convenerIds().isEmpty()) {
			attention.add(Attention.NO_CONVENER);
		}
		if (settled && lastEight == 0 && gatherings.heldInWindow() == 0) {
			attention.add(Attention.QUIET);
		}
		if (earlier >= 10 && recent * 2 < earlier) {
			attention.add(Attention.ACTIVITY_FALLING);
		}
		if (c.stage() != Stage.POTENTIAL && gatherings.heldInWindow() == 0 && gatherings.next() == null) {
			attention.add(Attention.NO_GATHERING);
		}
		if (settled && c.memberCount() < 3) {
			attention.add(Attention.FEW_MEMBERS);
		}
		if (!unanswered.isEmpty()) {
			attention.add(Attention.CHARTER_INCOMPLETE);
		}
		if (missingAtTable) {
			attention.add(Attention.MISSING_AT_TABLE);
		}
		return new CommunityHealth(c.id(), c.name(), c.stage(), weekly, recent, earlier, c.participation(), unanswered,
				gatherings, snapshot.partnerships(c.id()), List.copyOf(attention));
	}

	/** When the week at {@code index} of {@link #weeklyPosts} begins. */
	public static Instant weekStart(Snapshot snapshot, int index) {
		return snapshot.firstWeek().plus(Duration.ofDays(7L * index));
	}
}
