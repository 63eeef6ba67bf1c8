package org.constellation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Several people (or one person in several tabs) save the same charter, profile
 * or journal note at the same instant, each from the same version: exactly one
 * save wins, every other one is answered 409 with a message that says what
 * happened, and what is stored is the winner's text, whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentEditsIT {

	private static final int AT_ONCE = 6;

	@LocalServerPort
	int port;

	record Answer(int index, int status, String body) {
	}

	/** Sends {@code AT_ONCE} requests released together by one latch. */
	private static List<Answer> atOnce(IntFunction<Api.Response> send) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE)) {
			List<Future<Answer>> answers = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				int index = i;
				answers.add(pool.submit(() -> {
					start.await();
					Api.Response r = send.apply(index);
					return new Answer(index, r.status(), r.body());
				}));
			}
			start.countDown();
			List<Answer> result = new ArrayList<>();
			for (Future<Answer> a : answers) {
				result.add(a.get());
			}
			return result;
		}
	}

	/** One 200, the rest 409 with the clear message; returns the winner. */
	private static Answer exactlyOneWins(List<Answer> answers) {
		List<Answer> won = answers.stream().filter(a -> a.status() == 200).toList();
		List<Answer> refused = answers.stream().filter(a -> a.status() == 409).toList();
		assertThat(won).as("saves that won: %s", answers).hasSize(1);
		assertThat(refused).as("saves refused as stale: %s", answers).hasSize(AT_ONCE - 1);
		for (Answer a : refused) {
			assertThat(a.body()).contains("Someone else saved a change to this at the same time");
		}
		return won.getFirst();
	}

	@Test
	void twoConvenersSavingTheCharterAtOnceOverwriteNothing() throws Exception {
		Api first = Api.as(port, "member47@example.org");
		String name = "Charter at once " + UUID.randomUUID();
		JsonNode community = first
				.post("/api/v1/communities", Api
						.json(Map.of("name", name, "purpose", "Before", "visibility", "PUBLIC", "joinPolicy", "OPEN")))
				.json();
		long id = community.get("id").asLong();
		long version = community.get("version").asLong();

		List<Answer> answers = atOnce(
				i -> first.put("/api/v1/communities/" + id + "/charter", Api.json(Map.of("name", name, "purpose",
						"Purpose from tab " + i, "visibility", "PUBLIC", "joinPolicy", "OPEN", "version", version))));

		Answer winner = exactlyOneWins(answers);
		JsonNode stored = first.get("/api/v1/communities/" + id).json();
		assertThat(stored.get("purpose").asString()).isEqualTo("Purpose from tab " + winner.index());
		assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
	}

	@Test
	void aProfileSavedFromTwoDevicesAtOnceKeepsOneWholeVersion() throws Exception {
		Person person = PartnershipFixtures.newPerson(port, "Two devices " + UUID.randomUUID());
		JsonNode profile = person.api().get("/api/v1/me/profile").json();
		long version = profile.get("version").asLong();

		List<Answer> answers = atOnce(i -> {
			Map<String, Object> draft = new HashMap<>(Map.of("displayName", "Name from device " + i, "timeZone",
					"America/Denver", "languages", List.of("English"), "affiliations", List.of("Device " + i),
					"openToPartnership", true, "partnershipCapacity", 1 + i % 2, "version", version));
			return person.api().put("/api/v1/me/profile", Api.json(draft));
		});

		Answer winner = exactlyOneWins(answers);
		JsonNode stored = person.api().get("/api/v1/me/profile").json();
		assertThat(stored.get("displayName").asString()).isEqualTo("Name from device " + winner.index());
		// every field is the winner's: no mix of two saves
		assertThat(stored.get("affiliations").get(0).asString()).isEqualTo("Device " + winner.index());
		assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
	}

	@Test
	void aJournalNoteSavedInTwoTabsAtOnceKeepsTheWinnersText() throws Exception {
		Person person = PartnershipFixtures.newPerson(port, "Two tabs " + UUID.randomUUID());
		JsonNode entry = person.api()
				.post("/api/v1/journal/entries", Api.json(Map.of("title", "Draft", "body", "first words"))).json();
		long id = entry.get("id").asLong();
		long version = entry.get("version").asLong();

		List<Answer> answers = atOnce(i -> person.api().put("/api/v1/journal/entries/" + id,
				Api.json(Map.of("title", "Title " + i, "body", "Body from tab " + i, "version", version))));

		Answer winner = exactlyOneWins(answers);
		JsonNode stored = person.api().get("/api/v1/journal/entries/" + id).json();
		assertThat(stored.get("title").asString()).isEqualTo("Title " + winner.index());
		assertThat(stored.get("body").asString()).isEqualTo("Body from tab " + winner.index());
	}

	@Test
	void aStaleCharterFormIsAnswered409WithTheTypedAnswersKept() {
		Api api = Api.as(port, "member48@example.org");
		String name = "Charter form " + UUID.randomUUID();
		JsonNode community = api
				.post("/api/v1/communities", Api
						.json(Map.of("name", name, "purpose", "Before", "visibility", "PUBLIC", "joinPolicy", "OPEN")))
				.json();
		long id = community.get("id").asLong();
		long version = community.get("version").asLong();
		// another tab saved first
		assertThat(api.put("/api/v1/communities/" + id + "/charter", Api.json(Map.of("name", name, "purpose",
				"Saved elsewhere", "visibility", "PUBLIC", "joinPolicy", "OPEN", "version", version))).status())
				.isEqualTo(200);

		WebSession page = WebSession.signedIn(port, "member48@example.org");
		String form = "/communities/" + id + "/charter/name";
		String csrf = page.csrfFrom(form);
		var answer = page.post(form, Map.of("_csrf", csrf, "name", name, "purpose", "Typed in the stale tab",
				"visibility", "PUBLIC", "joinPolicy", "OPEN", "version", String.valueOf(version)));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.body()).contains("Someone else changed the charter meanwhile")
				.contains("Typed in the stale tab");
		assertThat(api.get("/api/v1/communities/" + id).json().get("purpose").asString()).isEqualTo("Saved elsewhere");
	}

	@Test
	void aStaleJournalFormIsAnswered409WithTheTypedTextKept() {
		Person person = PartnershipFixtures.newPerson(port, "Stale tab " + UUID.randomUUID());
		JsonNode entry = person.api()
				.post("/api/v1/journal/entries", Api.json(Map.of("title", "Draft", "body", "first words"))).json();
		long id = entry.get("id").asLong();
		long version = entry.get("version").asLong();
		assertThat(person.api()
				.put("/api/v1/journal/entries/" + id,
						Api.json(Map.of("title", "Saved elsewhere", "body", "kept", "version", version)))
				.status()).isEqualTo(200);

		WebSession page = WebSession.signedIn(port, person.email());
		String csrf = page.csrfFrom("/journey/journal/" + id);
		var answer = page.post("/journey/journal/" + id, Map.of("_csrf", csrf, "title", "Stale title", "body",
				"Typed in the stale tab", "version", String.valueOf(version)));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.body()).contains("This entry was changed meanwhile").contains("Typed in the stale tab");
		assertThat(person.api().get("/api/v1/journal/entries/" + id).json().get("title").asString())
				.isEqualTo("Saved elsewhere");
	}
}
