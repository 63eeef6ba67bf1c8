package org.constellation.recognition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.gatherings.Gathering;
import org.constellation.gatherings.GatheringDraft;
import org.constellation.gatherings.GatheringService;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.Practitioner;
import org.constellation.people.ProfileDraft;
import org.constellation.people.ProfileService;
import org.constellation.people.Role;
import org.constellation.support.Api;

/** People, places and gatherings of their own for the recognition tests. */
final class RecognitionFixtures {

	private RecognitionFixtures() {
	}

	static long place(Api api, String name) {
		var items = api.get("/api/v1/places?size=100").json();
		var list = items.has("content") ? items.get("content") : items;
		return list.valueStream().filter(n -> n.get("name").asString().equals(name)).findFirst().orElseThrow().get("id")
				.asLong();
	}

	/**
	 * A practitioner with this home place (or none); signs in with the demo
	 * password.
	 */
	static long person(AccountService accounts, ProfileService profiles, String email, String name, Long homePlaceId,
			Role role) {
		Practitioner p = accounts.createAccount(email, name, "{noop}constellation", EnumSet.of(role), ZoneOffset.UTC);
		if (homePlaceId != null) {
			profiles.updateProfile(as(p.getId(), email, role), new ProfileDraft(name, Set.of(), List.of(), homePlaceId,
					"", "", Set.of(), List.of(), "UTC", List.of(), false, 0, null));
		}
		return p.getId();
	}

	static AccountPrincipal as(long practitionerId, String email, Role role) {
		return new AccountPrincipal(null, practitionerId, email, Set.of(role), null, false);
	}

	/** A gathering planned ahead, then moved to a date that has passed. */
	static Gathering held(GatheringService gatherings, AccountPrincipal proposer, long communityId, String title) {
		Gathering planned = gatherings.propose(proposer, communityId, new GatheringDraft(title,
				LocalDate.now().plusDays(3), LocalTime.of(15, 0), "UTC", 60, "Room 4", "", "", null));
		return gatherings.change(proposer, planned.getId(), new GatheringDraft(title, LocalDate.now().minusDays(10),
				LocalTime.of(15, 0), "UTC", 60, "Room 4", "", "", planned.getVersion()));
	}

	static long convene(Api convener, String name, String visibility) {
		var created = convener.post("/api/v1/communities", Api.json(Map.of("name", name, "purpose",
				"Recognising the work.", "visibility", visibility, "joinPolicy", "OPEN")));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not convene: " + created);
		}
		return created.json().get("id").asLong();
	}

	static void join(Api member, long communityId) {
		var joined = member.post("/api/v1/communities/" + communityId + "/membership", "{\"whyHere\":\"To learn\"}");
		if (joined.status() != 200) {
			throw new IllegalStateException("Could not join: " + joined);
		}
	}
}
