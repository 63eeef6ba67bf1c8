package org.constellation.constellation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityCensus;
import org.constellation.conversations.ConversationCensus;
import org.constellation.gatherings.GatheringCensus;
import org.constellation.partnerships.PartnershipCensus;
import org.constellation.people.PractitionerCensus;
import org.springframework.stereotype.Component;

/**
 * The {@link Census} of the running constellation: each module counts its own.
 */
@Component
class ModuleCensus implements Census {

	private final CommunityCensus communities;
	private final PractitionerCensus practitioners;
	private final ConversationCensus conversations;
	private final GatheringCensus gatherings;
	private final PartnershipCensus partnerships;

	ModuleCensus(CommunityCensus communities, PractitionerCensus practitioners, ConversationCensus conversations,
			GatheringCensus gatherings, PartnershipCensus partnerships) {
		this.communities = communities;
		this.practitioners = practitioners;
		this.conversations = conversations;
		this.gatherings = gatherings;
		this.partnerships = partnerships;
	}

	@Override
	public String membershipStamp() {
		return communities.stamp() + "|" + practitioners.stamp();
	}

	@Override
	public String activityStamp() {
		return conversations.stamp() + "|" + gatherings.stamp() + "|" + partnerships.stamp();
	}

	@Override
	public List<CommunityCensus.CommunityFact> communities() {
		return communities.communities();
	}

	@Override
	public List<CommunityCensus.MembershipFact> activeMemberships() {
		return communities.activeMemberships();
	}

	@Override
	public Map<Long, PractitionerCensus.PractitionerFact> practitioners() {
		return practitioners.practitioners();
	}

	@Override
	public List<ConversationCensus.WeeklyPosts> weeklyPostsSince(Instant firstWeek) {
		return conversations.weeklyPostsSince(firstWeek);
	}

	@Override
	public Map<Long, GatheringCensus.Rhythm> rhythms(Instant windowStart, Instant now) {
		return gatherings.rhythms(windowStart, now);
	}

	@Override
	public Map<Long, PartnershipCensus.CommunityRhythm> partnershipsByCommunity(Instant sessionsSince) {
		return partnerships.byCommunity(sessionsSince);
	}
}
