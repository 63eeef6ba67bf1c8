package org.constellation.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.MembershipService;
import org.constellation.notifications.Delivery;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.People;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few notices in the inboxes of the first demo members, some already read,
 * and a member who chose a daily summary for replies. Only member01..member12
 * hear of them, so the other demo members start with a quiet inbox.
 */
@Component
class DemoNotifications implements DemoSeed {

	private static final List<String> WELCOMES = List.of(
			"Glad you are here. Introduce yourself in a first thread when "
					+ "you are ready: what brings you, and what you are carrying from your own practice.",
			"The next gathering is a good place to start: you can listen first and speak when you wish.",
			"Have a look at the charter to see what this community is working on together.");

	private final People people;
	private final CommunityService communities;
	private final MembershipService memberships;
	private final Notifications notifications;

	DemoNotifications(People people, CommunityService communities, MembershipService memberships,
			Notifications notifications) {
		this.people = people;
		this.communities = communities;
		this.memberships = memberships;
		this.notifications = notifications;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void seed() {
		Random random = new Random(90);
		List<Long> quietFew = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			people.practitionerIdByEmail("member%02d@example.org".formatted(i)).ifPresent(quietFew::add);
		}
		List<Notice> notices = new ArrayList<>();
		for (CommunityView community : communities
				.browse(new CommunityQuery(null, null, null, null), PageRequest.of(0, 50)).getContent()) {
			for (Long member : memberships.activeMemberIds(community.id())) {
				if (quietFew.contains(member) && random.nextInt(3) == 0) {
					notices.add(new Notice(member, Topic.MEMBERSHIP, "Welcome to " + community.name(),
							WELCOMES.get(random.nextInt(WELCOMES.size())), "/communities/" + community.id()));
				}
			}
		}
		if (!notices.isEmpty()) {
			notifications.sendAll(notices);
		}
		notifications.choose(DemoSeed.as(people, "member07@example.org"), Map.of(Topic.REPLY, Delivery.DAILY));
		notifications.markRead(DemoSeed.as(people, "member03@example.org"), null);
	}
}
