package org.constellation.demo;

import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;

/**
 * One part of the demo constellation, loaded after the portfolio and people
 * (and after the seeds with a smaller {@link #order()}). Each module's demo
 * content is a seed of its own.
 */
interface DemoSeed {

	int order();

	void seed();

	/**
	 * Acting as a demo member, e.g. "member07@example.org" or
	 * "convener@example.org".
	 */
	static AccountPrincipal as(People people, String email) {
		long id = people.practitionerIdByEmail(email).orElseThrow();
		return new AccountPrincipal(null, id, email, Set.of(Role.MEMBER), null, false);
	}
}
