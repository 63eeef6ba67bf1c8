package org.constellation.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partnerships made the way people make them, over the API: one proposes, the
 * others accept, and together they walk the default opening and confirm trust.
 */
public final class PartnershipFixtures {

	/**
	 * Someone with an account, their practitioner id and an API client acting as
	 * them.
	 */
	public record Person(long practitionerId, String email, Api api) {
	}

	private PartnershipFixtures() {
	}

	/** A fresh member account, so a test depends on nobody else's data. */
	public static Person newPerson(int port, String name) {
		String email = name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "."
				+ UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		var created = Api.anonymous(port).post("/api/v1/accounts",
				Api.json(Map.of("email", email, "displayName", name, "password", "constellation")));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not sign up " + email + ": " + created);
		}
		return person(port, email);
	}

	public static Person person(int port, String email) {
		Api api = Api.as(port, email);
		return new Person(api.get("/api/v1/me").json().get("practitionerId").asLong(), email, api);
	}

	/** Proposed by the first, with the others invited; returns its id. */
	public static long proposed(String focus, Person proposer, Person... invitees) {
		var created = proposer.api().post("/api/v1/partnerships", Api.json(
				Map.of("focus", focus, "invitees", Arrays.stream(invitees).map(Person::practitionerId).toList())));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not propose: " + created);
		}
		return created.json().get("id").asLong();
	}

	/** Everyone answers every step of the opening, in turn. */
	public static void walkOpening(long id, List<Person> partners) {
		int steps = partners.getFirst().api().get("/api/v1/partnerships/" + id + "/opening").json().get("steps").size();
		for (int step = 1; step <= steps; step++) {
			for (Person p : partners) {
				var answered = p.api().post("/api/v1/partnerships/" + id + "/opening/steps/" + step + "/answers",
						Api.json(Map.of("body", "My answer to step " + step, "affirmTenets", true)));
				if (answered.status() != 201) {
					throw new IllegalStateException("Could not answer step " + step + ": " + answered);
				}
			}
		}
	}

	/** An ACTIVE partnership of these people, the first having proposed it. */
	public static long active(String focus, Person... people) {
		List<Person> all = List.of(people);
		long id = proposed(focus, all.getFirst(), all.subList(1, all.size()).toArray(Person[]::new));
		for (Person invitee : all.subList(1, all.size())) {
			accept(id, invitee);
		}
		walkOpening(id, all);
		confirmAll(id, all);
		return id;
	}

	/** Each says "I can be vulnerable here". */
	public static void confirmAll(long id, List<Person> partners) {
		for (Person p : partners) {
			var trusted = p.api().put("/api/v1/partnerships/" + id + "/opening/trust",
					Api.json(Map.of("trust", "CONFIRMED", "affirmTenets", true)));
			if (trusted.status() != 200) {
				throw new IllegalStateException("Could not confirm trust: " + trusted);
			}
		}
	}

	/** An ACTIVE partnership of fresh accounts with these display names. */
	public static long active(int port, String focus, String... names) {
		return active(focus, Arrays.stream(names).map(n -> newPerson(port, n)).toArray(Person[]::new));
	}

	/** An ACTIVE partnership of these (demo) members, by email. */
	public static long activeOf(int port, String focus, String... emails) {
		return active(focus, Arrays.stream(emails).map(e -> person(port, e)).toArray(Person[]::new));
	}

	public static void accept(long id, Person invitee) {
		var accepted = invitee.api().post("/api/v1/partnerships/" + id + "/accept", "");
		if (accepted.status() != 200) {
			throw new IllegalStateException("Could not accept: " + accepted);
		}
	}

	/**
	 * The supervisor declares the line and the supervisee has not answered yet;
	 * returns the line's id.
	 */
	public static long declaredLine(Person supervisor, Person supervisee) {
		var declared = supervisor.api().post("/api/v1/reporting-lines",
				Api.json(Map.of("otherPractitionerId", supervisee.practitionerId(), "relation", "I_SUPERVISE")));
		if (declared.status() != 201) {
			throw new IllegalStateException("Could not declare a line: " + declared);
		}
		return declared.json().get("id").asLong();
	}

	/** A reporting line both people confirmed. */
	public static void confirmedLine(Person supervisor, Person supervisee) {
		long line = declaredLine(supervisor, supervisee);
		var confirmed = supervisee.api().post("/api/v1/reporting-lines/" + line + "/confirm", "");
		if (confirmed.status() != 200) {
			throw new IllegalStateException("Could not confirm a line: " + confirmed);
		}
	}
}
