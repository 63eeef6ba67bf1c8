package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.support.Api;
import org.constellation.support.FormationFixtures;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.constellation.support.Writes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Inputs that once answered 500, each now a 4xx naming the field (or the page
 * itself), with nothing stored: a page number whose row offset overflows,
 * {@code null} inside a list of ids, a formation weight outside 0..10, a huge
 * list index in a form field, and the page that asks to join an open
 * partnership.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtremeInputIT {

	@LocalServerPort
	int port;

	@Test
	void aPageBeyondAnyListIsRefusedNamingThePage() {
		Person person = PartnershipFixtures.newPerson(port, "Pager " + UUID.randomUUID());
		for (String list : List.of("/api/v1/partnerships/open", "/api/v1/journal/entries", "/api/v1/me/notifications",
				"/api/v1/issues", "/api/v1/places")) {
			var answer = person.api().get(list + "?page=2147483647&size=100");
			assertThat(answer.status()).as(list + " " + answer).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
		}
		// the last page there can be is still a list (empty)
		assertThat(person.api().get("/api/v1/partnerships/open?page=1000000&size=100").status()).isEqualTo(200);

		WebSession browser = WebSession.signedIn(port, person.email());
		for (String page : List.of("/partnerships", "/journey/journal", "/notifications", "/journey/bewilderments",
				"/gatherings")) {
			var answer = browser.get(page + "?page=2147483647");
			assertThat(answer.status()).as(page).isEqualTo(400);
			assertThat(answer.body()).contains("We could not read what was sent");
		}
	}

	@Test
	void nullInsideAListOfIdsIsRefusedNamingTheEntryAndStoresNothing() {
		Person person = PartnershipFixtures.newPerson(port, "Nuller " + UUID.randomUUID());
		Person other = PartnershipFixtures.newPerson(port, "Other " + UUID.randomUUID());
		long before = Writes.mark();

		var partnership = person.api().post("/api/v1/partnerships",
				"{\"focus\":\"Nulls\",\"invitees\":[" + other.practitionerId() + ",null]}");
		assertThat(partnership.status()).as(partnership.toString()).isEqualTo(400);
		assertThat(partnership.contentType()).startsWith("application/problem+json");
		assertThat(partnership.json().get("errors").get(0).get("field").asString()).isEqualTo("invitees[1]");

		var community = person.api().post("/api/v1/communities", "{\"name\":\"Nulls " + UUID.randomUUID()
				+ "\",\"visibility\":\"PUBLIC\",\"joinPolicy\":\"OPEN\"," + "\"issueIds\":[null]}");
		assertThat(community.status()).as(community.toString()).isEqualTo(400);
		assertThat(community.json().get("errors").get(0).get("field").asString()).isEqualTo("issueIds[0]");
		assertThat(community.json().get("errors").get(0).get("message").asString()).contains("null");

		var placed = person.api().post("/api/v1/communities", "{\"name\":\"Nulls " + UUID.randomUUID()
				+ "\",\"visibility\":\"PUBLIC\",\"joinPolicy\":\"OPEN\"," + "\"placeIds\":[null]}");
		assertThat(placed.status()).as(placed.toString()).isEqualTo(400);
		assertThat(placed.json().get("errors").get(0).get("field").asString()).isEqualTo("placeIds[0]");

		assertThat(Writes.since(before, CsrfIT.CHANGING_BY_DESIGN)).as("tables written").isEmpty();
	}

	@Test
	void aFormationWeightOutsideZeroToTenIsRefusedNamingTheWeight() {
		Person convener = FormationFixtures.openPerson(port, "Weigher " + UUID.randomUUID());
		long community = FormationFixtures.community(convener,
				List.of(FormationFixtures.openPerson(port, "A " + UUID.randomUUID()),
						FormationFixtures.openPerson(port, "B " + UUID.randomUUID())));
		// signing in writes the account (its sign-in count and time), so before the
		// mark
		WebSession browser = WebSession.signedIn(port, convener.email());
		long before = Writes.mark();
		for (int weight : List.of(11, -1, Integer.MAX_VALUE, Integer.MIN_VALUE)) {
			var run = convener.api().post("/api/v1/formation-runs", Api.json(
					Map.of("communityId", community, "weights", Map.of("newPairs", 3, "levelDiversity", weight))));
			assertThat(run.status()).as(weight + " " + run).isEqualTo(422);
			assertThat(run.json().get("errors").get(0).get("field").asString()).isEqualTo("weights.levelDiversity");
		}

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("cohort", "community");
		fields.put("communityId", String.valueOf(community));
		fields.put("minSize", "2");
		fields.put("preferredSize", "2");
		fields.put("maxSize", "3");
		fields.put("timeLimitSeconds", "5");
		fields.put("sharedConcerns", "11");
		var page = browser.submit("/formation/new?communityId=" + community, "/formation", fields);
		assertThat(page.status()).isLessThan(500);
		assertThat(page.body()).contains("A weight lies between 0 and 10");
		assertThat(Writes.since(before, CsrfIT.CHANGING_BY_DESIGN)).as("tables written").isEmpty();
	}

	@Test
	void aHugeListIndexInAFormIsRefusedNamingTheFieldAndStoresNothing() {
		Person person = PartnershipFixtures.newPerson(port, "Indexer " + UUID.randomUUID());
		WebSession browser = WebSession.signedIn(port, person.email());
		String csrf = browser.csrfFrom("/partnerships/new");
		long before = Writes.mark();
		for (String index : List.of("99999999", "2147483648", "100")) {
			var answer = browser.postEncoded("/partnerships",
					"focus=Indexes&inviteeEmails%5B" + index + "%5D=someone%40example.org&_csrf=" + csrf);
			assertThat(answer.status()).as(index).isEqualTo(400);
			assertThat(answer.body()).contains("We could not read what was sent");
		}
		assertThat(Writes.since(before, CsrfIT.CHANGING_BY_DESIGN)).as("tables written").isEmpty();
		// the highest index a form may use still reaches the form
		var highest = browser.postEncoded("/partnerships", "focus=&inviteeEmails%5B99%5D=&_csrf=" + csrf);
		assertThat(highest.status()).isEqualTo(200);
		assertThat(highest.body()).contains("Say in a line what the partnership is about");

		var api = person.api().get("/api/v1/partnerships/open?a%5B99999999%5D=1");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("a");
	}

	@Test
	void theJoinPageOfAnOpenPartnershipShowsToAMemberWhoFollowsTheLink() {
		Person proposer = PartnershipFixtures.newPerson(port, "Opener " + UUID.randomUUID());
		Person partner = PartnershipFixtures.newPerson(port, "Partner " + UUID.randomUUID());
		var issue = proposer.api().get("/api/v1/issues?size=1").json().get("content").get(0);
		var created = proposer.api().post("/api/v1/partnerships", Api.json(Map.of("focus", "Open doors", "invitees",
				List.of(partner.practitionerId()), "issueIds", List.of(issue.get("id").asLong()))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		PartnershipFixtures.accept(id, partner);
		assertThat(proposer.api().put("/api/v1/partnerships/" + id + "/open-to-requests", "{\"openToRequests\":true}")
				.status()).isEqualTo(200);

		Person newcomer = PartnershipFixtures.newPerson(port, "Newcomer " + UUID.randomUUID());
		WebSession browser = WebSession.signedIn(port, newcomer.email());
		var page = browser.get("/partnerships/" + id + "/join");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Open doors").contains(issue.get("name").asString())
				.contains("/partnerships/" + id + "/requests");
	}
}
