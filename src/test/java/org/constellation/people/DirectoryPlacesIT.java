package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.constellation.support.Api;
import org.constellation.support.PortfolioFixtures;
import org.constellation.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The directory's place filter is found by typing a name, as a national
 * constellation's tens of thousands of places cannot be listed: one place by
 * its name filters at once, a name two places share asks which, a name nobody
 * has says so and keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryPlacesIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	private final String town = PortfolioFixtures.unique("Springfield");
	private long ohioTown;
	private long vermontTown;
	private WebSession member;

	@BeforeAll
	void twoPlacesOfOneNameInTwoStates() {
		Api steward = Api.as(port, "steward@example.org");
		long district = PortfolioFixtures.level(steward, "District");
		ohioTown = created(steward.post("/api/v1/places", Api.json(
				Map.of("name", town, "levelId", district, "parentId", PortfolioFixtures.place(steward, "Ohio")))));
		vermontTown = created(steward.post("/api/v1/places", Api.json(
				Map.of("name", town, "levelId", district, "parentId", PortfolioFixtures.place(steward, "Vermont")))));
		PortfolioFixtures.person(accounts, profiles, "lives-in-" + ohioTown + "@example.org", "Ohio Resident", Set.of(),
				ohioTown, Set.of());
		member = WebSession.signedIn(port, "member01@example.org");
	}

	@Test
	void theFilterIsAFieldToTypeInNotAListOfEveryPlace() {
		Document page = directory("");
		assertThat(page.select("select#place, select[name=place]")).isEmpty();
		assertThat(page.select("input#where[list=where-places]")).hasSize(1);
		assertThat(page.select("label[for=where]").text()).startsWith("Place");
	}

	@Test
	void aNameOnePlaceHasFiltersAtOnce() {
		Document page = directory("?where=" + encode(town + ", Ohio"));
		assertThat(page.select("#results .cards > li h2").eachText()).containsExactly("Ohio Resident");
		assertThat(page.select("input#where").val()).isEqualTo(town + ", Ohio");
		assertThat(page.select("#h-which-place")).isEmpty();
	}

	@Test
	void aNameTwoPlacesShareAsksWhich() {
		Document page = directory("?where=" + encode(town) + "&group=");
		assertThat(page.select("#h-which-place").text()).contains(town);
		assertThat(page.select("#results section a").eachText()).containsExactlyInAnyOrder(town + ", Ohio",
				town + ", Vermont");
		String ohio = page.select("#results section a").stream().filter(a -> a.text().endsWith("Ohio")).findFirst()
				.orElseThrow().attr("href");
		assertThat(ohio).contains("place=" + ohioTown);
		assertThat(directory(ohio.substring("/practitioners".length())).select("#results .cards > li h2").eachText())
				.containsExactly("Ohio Resident");
	}

	@Test
	void aNameNoPlaceHasSaysSoAndKeepsWhatWasTyped() {
		Document page = directory("?where=" + encode("Nowhere at all " + town));
		assertThat(page.select("#where-error").text()).contains("No place is called", "Nowhere at all " + town);
		assertThat(page.select("input#where").val()).isEqualTo("Nowhere at all " + town);
		assertThat(page.select("input#where").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theApiSearchesPlacesByNameWithinBounds() {
		Api api = Api.as(port, "member01@example.org");
		var found = api.get("/api/v1/places/search?q=" + encode(town)).json();
		assertThat(found.valueStream().map(p -> p.get("name").asString() + " in " + p.get("within").asString()))
				.containsExactlyInAnyOrder(town + " in Ohio", town + " in Vermont");
		assertThat(found.get(0).get("level").asString()).isEqualTo("District");
		var tooMany = api.get("/api/v1/places/search?q=a&size=51");
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
		assertThat(api.get("/api/v1/places/search?q=" + encode("%")).json().valueStream()
				.allMatch(p -> p.get("name").asString().contains("%"))).isTrue();
	}

	private Document directory(String query) {
		var page = member.get("/practitioners" + query);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
