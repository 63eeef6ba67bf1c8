package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * "Do not match me with" over the API: a practitioner keeps their own list, and
 * nobody else — the person on it, a steward, a sponsor — can find out about it.
 * Everyone here is a fresh account, so no other test sees these wishes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DoNotMatchApiIT {

	private static final String LIST = "/api/v1/profile/do-not-match";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aPractitionerAddsListsAndRemovesPeopleTheyWouldRatherNotBeMatchedWith() {
		Person ana = PartnershipFixtures.newPerson(port, "Wishing Ana");
		Person ben = PartnershipFixtures.newPerson(port, "Listed Ben");
		Person cy = PartnershipFixtures.newPerson(port, "Listed Cy");

		var added = ana.api().post(LIST, Api.json(Map.of("practitionerId", ben.practitionerId())));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("practitionerId").asLong()).isEqualTo(ben.practitionerId());
		assertThat(added.json().get("displayName").asString()).isEqualTo("Listed Ben");
		assertThat(added.json().get("since").asString()).isNotBlank();
		assertThat(ana.api().post(LIST, Api.json(Map.of("practitionerId", cy.practitionerId()))).status())
				.isEqualTo(201);

		var listed = ana.api().get(LIST);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().valueStream().map(w -> w.get("displayName").asString())).containsExactly("Listed Cy",
				"Listed Ben");
		assertThat(listed.json().get(0).propertyNames()).containsExactlyInAnyOrder("practitionerId", "displayName",
				"since");
		assertThat(listed.body()).doesNotContain(ben.email(), cy.email());

		assertThat(ana.api().delete(LIST + "/" + ben.practitionerId()).status()).isEqualTo(204);
		assertThat(ana.api().get(LIST).json().valueStream().map(w -> w.get("practitionerId").asLong()))
				.containsExactly(cy.practitionerId());
		var again = ana.api().delete(LIST + "/" + ben.practitionerId());
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.contentType()).startsWith("application/problem+json");
	}

	@Test
	void oneselfAnUnknownPersonAndSomeoneAlreadyListedAreRefusedWithTheFieldNamed() {
		Person ana = PartnershipFixtures.newPerson(port, "Careful Ana");
		Person ben = PartnershipFixtures.newPerson(port, "Careful Ben");
		assertThat(ana.api().post(LIST, Api.json(Map.of("practitionerId", ben.practitionerId()))).status())
				.isEqualTo(201);

		var self = ana.api().post(LIST, Api.json(Map.of("practitionerId", ana.practitionerId())));
		assertThat(self.status()).isEqualTo(422);
		assertFieldNamed(self, "practitionerId");
		var unknown = ana.api().post(LIST, Api.json(Map.of("practitionerId", Long.MAX_VALUE)));
		assertThat(unknown.status()).isEqualTo(422);
		assertFieldNamed(unknown, "practitionerId");
		var missing = ana.api().post(LIST, "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertFieldNamed(missing, "practitionerId");
		var twice = ana.api().post(LIST, Api.json(Map.of("practitionerId", ben.practitionerId())));
		assertThat(twice.status()).isEqualTo(409);
		assertFieldNamed(twice, "practitionerId");
		assertThat(twice.json().get("detail").asString()).isEqualTo("This person is already on your list");

		assertThat(ana.api().get(LIST).json()).hasSize(1);
	}

	@Test
	void aListHoldsAtMostFiftyPeople() {
		Person ana = PartnershipFixtures.newPerson(port, "Full List Ana");
		// demo practitioners only appear on this fresh account's own list
		List<Long> others = ana.api().get("/api/v1/practitioners?size=60").json().get("content").valueStream()
				.map(p -> p.get("id").asLong()).filter(id -> id != ana.practitionerId())
				.limit(DoNotMatchService.DO_NOT_MATCH_LIMIT + 1).toList();
		for (Long other : others.subList(0, DoNotMatchService.DO_NOT_MATCH_LIMIT)) {
			assertThat(ana.api().post(LIST, Api.json(Map.of("practitionerId", other))).status()).isEqualTo(201);
		}
		var oneMore = ana.api().post(LIST, Api.json(Map.of("practitionerId", others.getLast())));
		assertThat(oneMore.status()).isEqualTo(422);
		assertFieldNamed(oneMore, "practitionerId");
		assertThat(ana.api().get(LIST).json()).hasSize(DoNotMatchService.DO_NOT_MATCH_LIMIT);
	}

	@Test
	void thePersonOnTheListAStewardAndASponsorCannotFindOutAboutIt() {
		Person ana = PartnershipFixtures.newPerson(port, "Private Wish Ana");
		Person ben = PartnershipFixtures.newPerson(port, "Unaware Ben");
		String benSeesAna = ben.api().get("/api/v1/practitioners/" + ana.practitionerId()).body();
		String benHimself = ben.api().get("/api/v1/me/profile").body();
		int benNotices = ben.api().get("/api/v1/me/notifications").json().get("content").size();
		String anaSeesBen = ana.api().get("/api/v1/practitioners/" + ben.practitionerId()).body();

		assertThat(ana.api().post(LIST, Api.json(Map.of("practitionerId", ben.practitionerId()))).status())
				.isEqualTo(201);

		// the person on the list: their own list, profile and notices are as before
		assertThat(ben.api().get(LIST).json()).isEmpty();
		assertThat(ben.api().get("/api/v1/practitioners/" + ana.practitionerId()).body()).isEqualTo(benSeesAna);
		assertThat(ben.api().get("/api/v1/me/profile").body()).isEqualTo(benHimself);
		assertThat(ben.api().get("/api/v1/me/notifications").json().get("content").size()).isEqualTo(benNotices);
		assertThat(ana.api().get("/api/v1/practitioners/" + ben.practitionerId()).body()).isEqualTo(anaSeesBen);
		var benPages = WebSession.signedIn(port, ben.email());
		assertThat(benPages.get("/profile/do-not-match").body()).doesNotContain("Private Wish Ana");
		assertThat(benPages.get("/practitioners/" + ana.practitionerId()).body()).doesNotContain("do-not-match");

		// a steward reads their own list only, and no route takes someone else's id to
		// read one
		Api steward = Api.as(port, "steward@example.org");
		var stewardList = steward.get(LIST);
		assertThat(stewardList.status()).isEqualTo(200);
		assertThat(stewardList.body()).doesNotContain("Unaware Ben");
		var someoneElses = steward.get(LIST + "/" + ana.practitionerId());
		assertThat(someoneElses.status()).isIn(404, 405);
		assertThat(someoneElses.body()).doesNotContain("Unaware Ben");
		assertThat(readingRoutes()).isNotEmpty().allSatisfy(route -> assertThat(route).doesNotContain("{"));

		// a sponsor, too, reads only their own list
		var sponsorList = Api.as(port, "sponsor@example.org").get(LIST);
		assertThat(sponsorList.status()).isEqualTo(200);
		assertThat(sponsorList.body()).doesNotContain("Unaware Ben");
	}

	/** Every route that reads a do-not-match list, pages and API. */
	private List<String> readingRoutes() {
		return mappings.getHandlerMethods().keySet().stream()
				.filter(info -> info.getMethodsCondition().getMethods().isEmpty()
						|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
				.flatMap(info -> info.getPatternValues().stream()).filter(p -> p.contains("do-not-match")).distinct()
				.toList();
	}

	private static void assertFieldNamed(Api.Response response, String field) {
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors).as("errors of %s", response).isNotNull();
		assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
	}
}
