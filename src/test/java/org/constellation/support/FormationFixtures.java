package org.constellation.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.support.PartnershipFixtures.Person;
import tools.jackson.databind.JsonNode;

/**
 * Cohorts made as people make them, over the API: fresh practitioners fill in
 * their profiles (languages, a zone, weekly windows, open to a partnership) and
 * join a community a fresh convener convened.
 */
public final class FormationFixtures {

	private FormationFixtures() {
	}

	/** A weekly window as the profile takes it. */
	public static Map<String, String> window(String day, String start, String end) {
		return Map.of("day", day, "start", start, "end", end);
	}

	/**
	 * A fresh practitioner open to one partnership, speaking English, free on
	 * Tuesday afternoons in New York.
	 */
	public static Person openPerson(int port, String name) {
		Person p = PartnershipFixtures.newPerson(port, name);
		profile(p, name, "America/New_York", List.of("English"), List.of(window("TUESDAY", "15:00", "18:00")), true,
				List.of(), List.of());
		return p;
	}

	public static void profile(Person p, String name, String zone, List<String> languages,
			List<Map<String, String>> windows, boolean open, List<Long> concernIds, List<Long> groupIds) {
		long version = p.api().get("/api/v1/me/profile").json().get("version").asLong();
		Map<String, Object> body = new HashMap<>();
		body.put("displayName", name);
		body.put("timeZone", zone);
		body.put("languages", languages);
		body.put("availability", windows);
		body.put("openToPartnership", open);
		body.put("partnershipCapacity", 1);
		body.put("concernIds", concernIds);
		body.put("stakeholderGroupIds", groupIds);
		body.put("version", version);
		var saved = p.api().put("/api/v1/me/profile", Api.json(body));
		if (saved.status() != 200) {
			throw new IllegalStateException("Could not save the profile of " + name + ": " + saved);
		}
	}

	/**
	 * An open community convened by {@code convener}, joined by every member;
	 * returns its id.
	 */
	public static long community(Person convener, List<Person> members) {
		var created = convener.api().post("/api/v1/communities",
				Api.json(Map.of("name", "Formation " + UUID.randomUUID().toString().substring(0, 8), "purpose",
						"Learning together", "visibility", "PUBLIC", "joinPolicy", "OPEN", "legitimacy",
						"I have convened such groups before.")));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not convene: " + created);
		}
		long id = created.json().get("id").asLong();
		for (Person m : members) {
			var joined = m.api().post("/api/v1/communities/" + id + "/membership",
					Api.json(Map.of("whyHere", "To learn with peers")));
			if (joined.status() != 200) {
				throw new IllegalStateException("Could not join: " + joined);
			}
		}
		return id;
	}

	/**
	 * Starts a run and waits until it has finished; returns the finished run's
	 * detail.
	 */
	public static JsonNode runToTheEnd(Api api, Map<String, Object> request) {
		var started = api.post("/api/v1/formation-runs", Api.json(request));
		if (started.status() != 202) {
			throw new IllegalStateException("Could not start a run: " + started);
		}
		return awaitFinished(api, started.json().get("id").asLong());
	}

	public static JsonNode awaitFinished(Api api, long runId) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode run = api.get("/api/v1/formation-runs/" + runId).json();
			if (!run.get("run").get("status").asString().equals("RUNNING")) {
				return run;
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new IllegalStateException("Run " + runId + " did not finish within a minute");
	}
}
