package org.constellation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.MembershipService;
import org.constellation.gatherings.Gathering;
import org.constellation.gatherings.GatheringDraft;
import org.constellation.gatherings.GatheringService;
import org.constellation.gatherings.RsvpResponse;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.ProfileService;
import org.constellation.people.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Gatherings in the demo communities: a few held in the last weeks, with
 * answers and who came, and a few coming up, with answers so far.
 */
@Component
class DemoGatherings implements DemoSeed {

	private record Plan(String title, String agenda, int minutes, boolean online) {
	}

	private static final List<Plan> PLANS = List.of(new Plan("Monthly circle: what worked this month",
			"1. Check-in: one word for your month\n2. Two stories of something that worked, and why\n3. \u201cAnd\u2026\u201d round: what we could try next\n4. Commitments",
			75, true),
			new Plan("Case review: a family's first IEP meeting",
					"A member brings a case, with the family's permission and no names.\n\n1. The story (10 minutes)\n2. Clarifying questions\n3. What we notice\n4. What the presenter takes away",
					90, true),
			new Plan("Story swap over coffee",
					"Bring one story from your practice, a success or something that did not go as planned. We listen first, then build on each other's stories.",
					60, false),
			new Plan("Planning the spring workshop",
					"1. What we learned from last year's workshop\n2. Who should be at the table this time\n3. Roles and next steps",
					60, true),
			new Plan("Reading together: inclusive practices research",
					"We read a short article beforehand and talk about what it means for our own classrooms and offices.",
					60, true),
			new Plan("Site visit and walk-through",
					"A morning at a member's school: a short tour, then a conversation about what we saw.", 120,
					false));

	private static final List<String> ROOMS = List.of("Library meeting room, Lincoln Elementary",
			"District office, conference room B", "Community center, room 2", "Parent center, main hall");

	private final CommunityService communities;
	private final MembershipService memberships;
	private final GatheringService gatherings;
	private final ProfileService profiles;
	private final Clock clock;
	private final Random random = new Random(30);

	DemoGatherings(CommunityService communities, MembershipService memberships, GatheringService gatherings,
			ProfileService profiles, Clock clock) {
		this.communities = communities;
		this.memberships = memberships;
		this.gatherings = gatherings;
		this.profiles = profiles;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void seed() {
		List<CommunityView> all = communities.browse(new CommunityQuery(null, null, null, null), PageRequest.of(0, 50))
				.getContent();
		for (CommunityView community : all) {
			List<Long> members = memberships.activeMemberIds(community.id());
			List<Long> conveners = communities.convenerIds(community.id());
			if (members.size() < 2 || conveners.isEmpty()) {
				continue;
			}
			seed(community, members, conveners.getFirst());
		}
	}

	private void seed(CommunityView community, List<Long> members, long convenerId) {
		String zone = profiles.practitioner(convenerId).getTimeZone();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
		int past = 1 + random.nextInt(2);
		int upcoming = 1 + random.nextInt(2);
		for (int i = 0; i < past + upcoming; i++) {
			Plan plan = PLANS.get(random.nextInt(PLANS.size()));
			boolean held = i < past;
			LocalDate date = held
					? today.minusDays(7L * (past - i) + random.nextInt(3))
					: today.plusDays(2 + 10L * (i - past) + random.nextInt(5));
			long proposerId = random.nextInt(3) == 0 ? members.get(random.nextInt(members.size())) : convenerId;
			AccountPrincipal proposer = as(proposerId);
			GatheringDraft draft = new GatheringDraft(plan.title(), date, LocalTime.of(15 + random.nextInt(3), 30),
					zone, plan.minutes(), plan.online() ? "" : ROOMS.get(random.nextInt(ROOMS.size())),
					plan.online() ? "https://meet.example.org/" + community.id() + "-" + i : "", plan.agenda(), null);
			List<Long> yes = new ArrayList<>();
			if (!held) {
				answer(gatherings.propose(proposer, community.id(), draft), members, yes);
				continue;
			}
			// planned ahead and answered, then held: the date moves to when it took place
			Gathering planned = gatherings.propose(proposer, community.id(),
					new GatheringDraft(draft.title(), today.plusDays(1), draft.time(), zone, draft.durationMinutes(),
							draft.place(), draft.onlineLink(), draft.agenda(), null));
			answer(planned, members, yes);
			Gathering gathering = gatherings.change(proposer, planned.getId(),
					new GatheringDraft(draft.title(), date, draft.time(), zone, draft.durationMinutes(), draft.place(),
							draft.onlineLink(), draft.agenda(), planned.getVersion()));
			// most of those who said yes came, and now and then someone who had not
			// answered
			List<Long> came = new ArrayList<>(yes.stream().filter(p -> random.nextInt(5) != 0).toList());
			Long walkIn = members.get(random.nextInt(members.size()));
			if (!came.contains(walkIn) && random.nextBoolean()) {
				came.add(walkIn);
			}
			gatherings.recordAttendance(proposer, gathering.getId(), came);
		}
	}

	private void answer(Gathering gathering, List<Long> members, List<Long> yes) {
		for (Long member : members) {
			int roll = random.nextInt(10);
			RsvpResponse response = roll < 4
					? RsvpResponse.YES
					: roll < 6 ? RsvpResponse.MAYBE : roll < 7 ? RsvpResponse.NO : null;
			if (response != null) {
				gatherings.respond(as(member), gathering.getId(), response);
				if (response == RsvpResponse.YES) {
					yes.add(member);
				}
			}
		}
	}

	private AccountPrincipal as(long practitionerId) {
		return new AccountPrincipal(null, practitionerId, "", java.util.Set.of(Role.MEMBER), null, false);
	}
}
