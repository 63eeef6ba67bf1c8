package org.constellation.support;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.Practitioner;
import org.constellation.people.ProfileDraft;
import org.constellation.people.ProfileService;
import org.constellation.people.Role;

/**
 * People, places and concerns of their own for tests of the whole application,
 * so that exact figures hold next to the demo constellation: each run names its
 * own issues, which no demo practitioner has among their concerns.
 */
public final class PortfolioFixtures {

	private PortfolioFixtures() {
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new issue of the portfolio, added by the demo steward. */
	public static long issue(Api steward, String name) {
		long level = steward.get("/api/v1/scales").json().get(0).get("id").asLong();
		var created = steward.post("/api/v1/issues", Api.json(Map.of("name", name, "description",
				"A concern only the table tests share.", "status", "ACTIVE", "levelIds", List.of(level))));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not add an issue: " + created);
		}
		return created.json().get("id").asLong();
	}

	public static long id(Api api, String path, String name) {
		var list = api.get(path).json();
		var items = list.has("content") ? list.get("content") : list;
		return items.valueStream().filter(n -> n.get("name").asString().equals(name)).findFirst().orElseThrow()
				.get("id").asLong();
	}

	public static long group(Api api, String name) {
		return id(api, "/api/v1/stakeholder-groups", name);
	}

	public static long place(Api api, String name) {
		return id(api, "/api/v1/places?size=100", name);
	}

	public static long level(Api api, String name) {
		return id(api, "/api/v1/scales", name);
	}

	/**
	 * A member of the constellation with these groups, home place and concerns;
	 * they sign in with the demo password.
	 */
	public static long person(AccountService accounts, ProfileService profiles, String email, String name,
			Set<Long> groups, Long homePlaceId, Set<Long> concerns) {
		Practitioner p = accounts.createAccount(email, name, "{noop}constellation", EnumSet.of(Role.MEMBER),
				ZoneOffset.UTC);
		AccountPrincipal self = new AccountPrincipal(null, p.getId(), email, Set.of(Role.MEMBER), null, false);
		profiles.updateProfile(self, new ProfileDraft(name, groups, List.of(), homePlaceId, "", "", concerns, List.of(),
				"UTC", List.of(), false, 0, null));
		return p.getId();
	}
}
