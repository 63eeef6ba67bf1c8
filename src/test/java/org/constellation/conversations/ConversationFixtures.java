package org.constellation.conversations;

import java.util.Set;
import java.util.UUID;
import org.constellation.communities.CharterDraft;
import org.constellation.communities.CommunityService;
import org.constellation.communities.JoinPolicy;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;

/**
 * Communities and people for the conversations tests, made through the
 * services.
 */
final class ConversationFixtures {

	private ConversationFixtures() {
	}

	static AccountPrincipal as(People people, String email) {
		long id = people.practitionerIdByEmail(email).orElseThrow();
		return new AccountPrincipal(null, id, email, Set.of(Role.MEMBER), null, false);
	}

	/**
	 * A community convened by the first person, with the others as members; open to
	 * join, readable by everyone signed in or by its members only.
	 */
	static long community(CommunityService communities, MembershipService memberships, People people,
			Visibility visibility, String convener, String... members) {
		String name = "Circle " + UUID.randomUUID().toString().substring(0, 8);
		AccountPrincipal founder = as(people, convener);
		long id = communities.convene(founder, name, "People who share a concern").getId();
		CharterDraft named = CharterDraft.named(name, "People who share a concern");
		communities.changeCharter(founder, id, new CharterDraft(named.name(), named.purpose(), Set.of(), Set.of(),
				Set.of(), Set.of(), Set.of(), "", visibility, JoinPolicy.OPEN, null));
		for (String member : members) {
			memberships.join(as(people, member), id, "I work on this every day");
		}
		return id;
	}
}
