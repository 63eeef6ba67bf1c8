package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.support.FormationFixtures;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.Routes;
import org.constellation.support.Routes.Route;
import org.constellation.support.WebSession;
import org.constellation.support.Writes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * What a browser never sends but a person with a script can: values that do not
 * fit the form (letters where a number goes, a choice not on the list) and NUL
 * characters. Each is refused with 400, no page answers 500, and nothing is
 * stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormValuesIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyFormRefusesANulCharacterWith400AndStoresNothing() {
		List<Route> forms = Routes.all(mappings).stream().filter(r -> !r.isApi() && r.changesState()).toList();
		// a steward reaches every form, so the NUL is the only thing that can refuse
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		String csrf = steward.csrfFrom("/profile/edit");

		long before = Writes.mark();
		List<String> accepted = new ArrayList<>();
		for (Route route : forms) {
			var answer = steward.postEncoded(route.fill(Map.of(), 1),
					"name=a%00b&title=NUL+probe&body=NUL+probe&purpose=NUL+probe&_csrf=" + csrf);
			if (answer.status() != 400) {
				accepted.add(route + " -> " + answer.status());
			}
		}
		var stored = Writes.since(before, CsrfIT.CHANGING_BY_DESIGN);
		assertThat(forms).hasSizeGreaterThan(100);
		assertThat(accepted).as("forms that did not refuse a NUL character with 400").isEmpty();
		assertThat(stored).as("tables refused forms wrote").isEmpty();
	}

	@Test
	void aNulCharacterInASearchIsRefusedNamingTheField() {
		Person person = PartnershipFixtures.newPerson(port, "Searcher " + UUID.randomUUID());
		long community = FormationFixtures.community(person, List.of());

		var api = person.api().get("/api/v1/communities/" + community + "/search?q=a%00b");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
		assertThat(api.body()).contains("NUL characters are not allowed");

		WebSession browser = WebSession.signedIn(port, person.email());
		var page = browser.get("/communities/" + community + "/search?q=a%00b");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("We could not read what was sent");
	}

	@Test
	void aChoiceThatIsNotOnTheListIsRefusedWith400AndStoresNothing() {
		Person person = PartnershipFixtures.newPerson(port, "Chooser " + UUID.randomUUID());
		long community = FormationFixtures.community(person, List.of());
		WebSession browser = WebSession.signedIn(port, person.email());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "NOT_A_KIND");
		fields.put("title", "An artifact of no kind");
		fields.put("body", "Anything");

		long before = Writes.mark();
		var answer = browser.submit("/communities/" + community + "/repertoire/new",
				"/communities/" + community + "/repertoire", fields);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("We could not read what was sent");
		assertThat(Writes.since(before, CsrfIT.CHANGING_BY_DESIGN)).as("tables written").isEmpty();
	}

	@Test
	void lettersWhereTheProfileTakesANumberAreRefusedWith400AndChangeNothing() {
		Person person = PartnershipFixtures.newPerson(port, "Counter " + UUID.randomUUID());
		JsonNode profile = person.api().get("/api/v1/me/profile").json();
		WebSession browser = WebSession.signedIn(port, person.email());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", "A new name");
		fields.put("timeZone", "Europe/Paris");
		fields.put("openToPartnership", "true");
		fields.put("partnershipCapacity", "two or three");
		fields.put("version", profile.get("version").asString());

		var answer = browser.submit("/profile/edit", "/profile", fields);
		assertThat(answer.status()).isEqualTo(400);
		JsonNode after = person.api().get("/api/v1/me/profile").json();
		assertThat(after.get("displayName").asString()).isEqualTo(profile.get("displayName").asString());
		assertThat(after.get("version").asLong()).isEqualTo(profile.get("version").asLong());
	}

	/**
	 * A zone the list does not offer (UTC, given to anyone who signed up without
	 * one) is shown chosen on the profile form and kept when it is saved, not
	 * silently swapped for the first zone of the list.
	 */
	@Test
	void theProfileFormKeepsAZoneItsListDoesNotOffer() {
		String email = "zoneless-" + UUID.randomUUID() + "@example.org";
		var created = org.constellation.support.Api.anonymous(port).post("/api/v1/accounts",
				org.constellation.support.Api
						.json(Map.of("email", email, "displayName", "Zoneless", "password", "constellation")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		var api = org.constellation.support.Api.as(port, email);
		JsonNode profile = api.get("/api/v1/me/profile").json();
		String stored = profile.get("timeZone").asString();

		WebSession browser = WebSession.signedIn(port, email);
		var form = org.jsoup.Jsoup.parse(browser.get("/profile/edit").body());
		assertThat(form.select("#timeZone option[selected]").eachAttr("value")).containsExactly(stored);
		// the person's own zone leads a short group of suggestions, not a list of 600
		// ids
		var suggested = form.select("#timeZone optgroup").first();
		assertThat(suggested.attr("label")).isEqualTo("Yours and widely used");
		assertThat(suggested.select("option").first().attr("value")).isEqualTo(stored);
		assertThat(suggested.select("option")).hasSizeLessThan(20);
		assertThat(suggested.select("option").first().text()).isEqualTo(stored.equals("Z") ? "UTC" : stored);

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", "Zoneless, renamed");
		fields.put("timeZone", form.select("#timeZone option[selected]").attr("value"));
		fields.put("openToPartnership", "true");
		fields.put("partnershipCapacity", "1");
		fields.put("version", profile.get("version").asString());
		var saved = browser.submit("/profile/edit", "/profile", fields);
		assertThat(saved.status()).as(saved.toString()).isLessThan(400);
		JsonNode after = api.get("/api/v1/me/profile").json();
		assertThat(after.get("displayName").asString()).isEqualTo("Zoneless, renamed");
		assertThat(after.get("timeZone").asString()).isEqualTo(stored);
	}
}
