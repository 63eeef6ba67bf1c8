package org.constellation.communities;

import java.util.Set;
import java.util.UUID;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;

/**
 * Communities made for a test through the communities module's own service, and
 * demo members acting in them (the repertoire's tests use them too).
 */
public final class CommunityFixtures {

	private CommunityFixtures() {
	}

	public static AccountPrincipal as(People people, String email) {
		return new AccountPrincipal(null, people.practitionerIdByEmail(email).orElseThrow(), email, Set.of(Role.MEMBER),
				null, false);
	}

	/**
	 * An open community convened by {@code convener}, joined by {@code members};
	 * members-only when asked.
	 */
	public static long community(CommunityService communities, MembershipService memberships, People people,
			boolean membersOnly, String convener, String... members) {
		AccountPrincipal founder = as(people, convener);
		String name = "Reading circle " + UUID.randomUUID().toString().substring(0, 8);
		Community community = communities.convene(founder, name, "Teachers and families reading together");
		communities.changeCharter(founder, community.getId(),
				new CharterDraft(name, "Teachers and families reading together", Set.of(), Set.of(), Set.of(), Set.of(),
						Set.of(), "", membersOnly ? Visibility.MEMBERS : Visibility.PUBLIC, JoinPolicy.OPEN, null));
		for (String member : members) {
			memberships.join(as(people, member), community.getId(), "I teach reading and want to learn with others");
		}
		return community.getId();
	}
}
