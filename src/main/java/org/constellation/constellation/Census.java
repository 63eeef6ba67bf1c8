package org.constellation.constellation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityCensus;
import org.constellation.conversations.ConversationCensus;
import org.constellation.gatherings.GatheringCensus;
import org.constellation.partnerships.PartnershipCensus;
import org.constellation.people.PractitionerCensus;

/**
 * What a {@link org.constellation.constellation.analytics.Snapshot} is built
 * from, and the two stamps that say whether it changed: read from the censuses
 * of the modules that own the facts. One interface, so that how snapshots are
 * kept and refreshed is tested over a census made up in the test.
 */
interface Census {

	/**
	 * Changes with every community and membership, and every practitioner (their
	 * groups and home places): read before each answer.
	 */
	String membershipStamp();

	/** Changes with every post, gathering and partnership session. */
	String activityStamp();

	List<CommunityCensus.CommunityFact> communities();

	List<CommunityCensus.MembershipFact> activeMemberships();

	Map<Long, PractitionerCensus.PractitionerFact> practitioners();

	List<ConversationCensus.WeeklyPosts> weeklyPostsSince(Instant firstWeek);

	Map<Long, GatheringCensus.Rhythm> rhythms(Instant windowStart, Instant now);

	Map<Long, PartnershipCensus.CommunityRhythm> partnershipsByCommunity(Instant sessionsSince);
}
