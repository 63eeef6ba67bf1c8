package org.constellation.gatherings;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.communities.CharterDraft;
import org.constellation.communities.CommunityService;
import org.constellation.communities.JoinPolicy;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People and communities made for one test, so that what a test counts is its
 * own whatever the demo holds. Every person's password is "constellation".
 */
public final class GatheringFixtures {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final AccountService accounts;
	private final CommunityService communities;
	private final MembershipService memberships;
	private final String passwordHash;

	public GatheringFixtures(AccountService accounts, CommunityService communities, MembershipService memberships,
			PasswordEncoder passwords) {
		this.accounts = accounts;
		this.communities = communities;
		this.memberships = memberships;
		this.passwordHash = passwords.encode("constellation");
	}

	public static String unique(String text) {
		return text + " " + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
	}

	/** A new member with an account, in the given zone. */
	public AccountPrincipal person(String zone) {
		String email = unique("gatherer").replace(' ', '-') + "@example.org";
		var practitioner = accounts.createAccount(email, unique("Gatherer"), passwordHash, EnumSet.of(Role.MEMBER),
				ZoneId.of(zone));
		return new AccountPrincipal(null, practitioner.getId(), email, Set.of(Role.MEMBER), null, false);
	}

	/** A community anyone may join at once, convened by {@code convener}. */
	public long community(AccountPrincipal convener, Visibility visibility, AccountPrincipal... members) {
		String name = unique("Circle");
		long id = communities.convene(convener, name, "Meeting to learn together").getId();
		communities.changeCharter(convener, id, new CharterDraft(name, "Meeting to learn together", Set.of(), Set.of(),
				Set.of(), Set.of(), Set.of(), "", visibility, JoinPolicy.OPEN, null));
		for (AccountPrincipal member : members) {
			memberships.join(member, id, "To learn with peers");
		}
		return id;
	}

	/** A gathering as an API body, starting at that moment on that zone's clock. */
	public static Map<String, Object> draft(String title, ZonedDateTime start, int minutes) {
		ZonedDateTime at = start.truncatedTo(ChronoUnit.MINUTES);
		return new java.util.HashMap<>(Map.of("title", title, "date", at.toLocalDate().toString(), "time",
				at.toLocalTime().toString(), "timeZone", at.getZone().getId(), "durationMinutes", minutes, "place",
				"Room 4, Lincoln Elementary", "onlineLink", "https://meet.example.org/circle", "agenda",
				"1. Check-in\n2. A story from *practice*"));
	}
}
