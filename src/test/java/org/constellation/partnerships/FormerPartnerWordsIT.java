package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A partner's words and name belong to them. A partner's download holds only
 * what they wrote themselves, and once someone deletes their account, their
 * name and their words are in no page, API answer or download of the partners
 * who stay: not in the agreements the opening wrote ("From our opening"), not
 * in the versions of that document, not in the notices others were sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormerPartnerWordsIT {

	@LocalServerPort
	int port;

	@Test
	void exportsHoldOnlyOwnWordsAndADeletedPartnerLeavesNoNameOrWordBehind() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Person ana = PartnershipFixtures.newPerson(port, "Anneliese Vanish" + tag);
		Person bo = PartnershipFixtures.newPerson(port, "Bo Stays" + tag);
		Person cy = PartnershipFixtures.newPerson(port, "Cy Stays" + tag);
		String anaName = "Anneliese Vanish" + tag;
		long id = PartnershipFixtures.proposed("Listening across roles", ana, bo, cy);
		PartnershipFixtures.accept(id, bo);
		PartnershipFixtures.accept(id, cy);
		String p = "/api/v1/partnerships/" + id;
		List<Person> all = List.of(ana, bo, cy);
		int steps = ana.api().get(p + "/opening").json().get("steps").size();
		for (int step = 1; step <= steps; step++) {
			for (Person person : all) {
				var answered = person.api().post(p + "/opening/steps/" + step + "/answers",
						Api.json(Map.of("body", words(person, ana, bo, tag) + " step " + step, "affirmTenets", true)));
				assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
			}
		}
		PartnershipFixtures.confirmAll(id, all);
		JsonNode current = bo.api().get(p + "/infrastructure").json();
		for (int i = 0; i < 50 && current.get("number").asInt() == 0; i++) {
			Thread.sleep(100); // the opening's agreements are written after the activation commits
			current = bo.api().get(p + "/infrastructure").json();
		}
		// the opening wrote Ana's name and words into the shared document
		assertThat(current.get("agreements").asString()).contains("From our opening").contains(anaName)
				.contains("ana-words-" + tag).contains("cy-words-" + tag);
		String edited = current.get("agreements").asString() + "\n- bo-edit-" + tag + " we meet on Tuesdays";
		var saved = bo.api().put(p + "/infrastructure", Api.json(
				Map.of("place", "bo-place-" + tag, "agreements", edited, "basedOn", current.get("number").asInt())));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

		// Bo's downloads hold Bo's words, and nobody else's words or name
		for (String download : List.of(p + "/export", "/api/v1/me/export")) {
			String body = bo.api().get(download).body();
			assertThat(body).as(download).contains("bo-words-" + tag).contains("bo-edit-" + tag)
					.doesNotContain("ana-words-" + tag).doesNotContain("cy-words-" + tag).doesNotContain(anaName)
					.doesNotContain("Cy Stays" + tag);
		}

		var deleted = ana.api().delete("/api/v1/me", Api.json(Map.of("password", "constellation")));
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

		WebSession boPages = WebSession.signedIn(port, bo.email());
		List<String> seen = new ArrayList<>();
		for (String path : List.of(p, p + "/infrastructure", p + "/infrastructure/history", p + "/opening",
				p + "/export", p + "/takeaways", "/api/v1/me/notifications", "/api/v1/me/export")) {
			var r = bo.api().get(path);
			seen.add(path + " " + r.status() + " " + r.body());
		}
		for (String path : List.of("/partnerships/" + id, "/partnerships/" + id + "/infrastructure",
				"/partnerships/" + id + "/infrastructure/history", "/partnerships/" + id + "/opening",
				"/partnerships/" + id + "/export.json", "/notifications", "/partnerships")) {
			var r = boPages.get(path);
			seen.add(path + " " + r.status() + " " + r.body());
		}
		for (String answer : seen) {
			assertThat(answer).doesNotContain(anaName).doesNotContain("ana-words-" + tag);
		}
		// what the others wrote stays, and the document says who left
		String after = bo.api().get(p + "/infrastructure/history").body();
		assertThat(after).contains("bo-words-" + tag).contains("cy-words-" + tag).contains("bo-edit-" + tag);
	}

	private static String words(Person person, Person ana, Person bo, String tag) {
		return (person == ana ? "ana" : person == bo ? "bo" : "cy") + "-words-" + tag;
	}
}
