package org.constellation.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.people.AccountService;
import org.constellation.people.ProfileService;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.PortfolioFixtures;
import org.constellation.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form that chooses a place (where one works, on the profile and in the
 * welcome; the place a place lies in; the place a formation run forms) finds it
 * by its typed name, as a national constellation's tens of thousands of places
 * cannot be listed: a name one place has is saved, a name two places share asks
 * which and saves nothing until one is chosen, a name nobody has says so, keeps
 * what was typed and saves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacePickersIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	@Autowired
	Portfolio portfolio;

	private final String town = PortfolioFixtures.unique("Shelbyville");
	private long ohioTown;
	private long vermontTown;
	private Api stewardApi;

	@BeforeAll
	void twoPlacesOfOneNameInTwoStates() {
		stewardApi = Api.as(port, "steward@example.org");
		long district = PortfolioFixtures.level(stewardApi, "District");
		ohioTown = created(stewardApi.post("/api/v1/places", Api.json(
				Map.of("name", town, "levelId", district, "parentId", PortfolioFixtures.place(stewardApi, "Ohio")))));
		vermontTown = created(stewardApi.post("/api/v1/places", Api.json(Map.of("name", town, "levelId", district,
				"parentId", PortfolioFixtures.place(stewardApi, "Vermont")))));
	}

	@Test
	void theProfileFindsWhereOneWorksByItsName() {
		String email = PortfolioFixtures.unique("picker") + "@example.org";
		long me = PortfolioFixtures.person(accounts, profiles, email, "Pat Picker", Set.of(), ohioTown, Set.of());
		WebSession session = WebSession.signedIn(port, email);

		Document edit = page(session, "/profile/edit");
		assertThat(edit.select("select#homePlaceId")).isEmpty();
		assertThat(edit.select("option:contains(Vermont)")).as("no list of every place").isEmpty();
		assertThat(edit.select("input#homePlaceId[list=homePlaceId-places]").val()).isEqualTo(town + ", Ohio");
		assertThat(edit.select("label[for=homePlaceId]").text()).isEqualTo("Where you work");

		// a name two places share: asked which, nothing saved, what was typed kept
		var ambiguous = send(session, edit, Map.of("homePlaceIdWhere", town, "displayName", "Pat Renamed"));
		assertThat(ambiguous.status()).as(ambiguous.body()).isEqualTo(200);
		Document asked = Jsoup.parse(ambiguous.body());
		assertThat(asked.select("#homePlaceId-error").text()).contains("More than one place is called", town);
		assertThat(asked.select("#error-summary a[href=#homePlaceId]")).hasSize(1);
		assertThat(asked.select("input[type=radio][name=homePlaceId]").eachAttr("value"))
				.containsExactlyInAnyOrder(String.valueOf(ohioTown), String.valueOf(vermontTown));
		assertThat(asked.select("input#homePlaceId").val()).isEqualTo(town);
		assertThat(asked.select("input#displayName").val()).isEqualTo("Pat Renamed");
		assertThat(home(me)).isEqualTo(ohioTown);

		// choosing one of them saves it
		var chosen = send(session, asked, Map.of("homePlaceId", String.valueOf(vermontTown)));
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(302);
		assertThat(home(me)).isEqualTo(vermontTown);
		assertThat(profiles.myProfile(principal(me, email)).getDisplayName()).isEqualTo("Pat Renamed");
		// "open to a partnership" left unticked is saved as "no", not refused as
		// unreadable
		assertThat(profiles.myProfile(principal(me, email)).isOpenToPartnership()).isFalse();

		// a name nobody has: said so, nothing saved
		var unknown = send(session, page(session, "/profile/edit"), Map.of("homePlaceIdWhere", "Nowhere " + town));
		assertThat(Jsoup.parse(unknown.body()).select("#homePlaceId-error").text()).contains("No place is called",
				"Nowhere " + town);
		assertThat(Jsoup.parse(unknown.body()).select("input#homePlaceId").val()).isEqualTo("Nowhere " + town);
		assertThat(home(me)).isEqualTo(vermontTown);

		// a suggestion's label names one place; an emptied field says nothing
		assertThat(send(session, page(session, "/profile/edit"), Map.of("homePlaceIdWhere", town + ", Ohio")).status())
				.isEqualTo(302);
		assertThat(home(me)).isEqualTo(ohioTown);
		assertThat(send(session, page(session, "/profile/edit"), Map.of("homePlaceIdWhere", " ")).status())
				.isEqualTo(302);
		assertThat(home(me)).isNull();
	}

	@Test
	void inABrowserANameTwoPlacesShareIsAnsweredByChoosingOneOfThem() {
		String email = "chooser" + System.nanoTime() + "@example.org";
		long me = PortfolioFixtures.person(accounts, profiles, email, "Cam Chooser", Set.of(), null, Set.of());
		try (Browser browser = new Browser(port)) {
			browser.signIn(email);
			browser.driver().get(browser.url("/profile/edit"));
			WebElement where = browser.fieldLabelled("Where you work");
			where.sendKeys(town);
			browser.clickButton("Save");
			browser.driver().executeScript("document.getElementById('homePlaceId').scrollIntoView()");
			browser.checkPage("profile-place-which");
			assertThat(browser.text(By.id("homePlaceId-error"))).contains("More than one place is called");
			browser.choose(town + ", Vermont");
			browser.clickButton("Save");
			assertThat(browser.path()).isEqualTo("/profile");
			assertThat(home(me)).isEqualTo(vermontTown);
		}
	}

	@Test
	void aStewardsPickersAskWhichPlaceOnAWideScreenAndOnAPhone() {
		try (Browser browser = new Browser(port)) {
			browser.signIn("steward@example.org");
			// a place's parent: a name two places share is asked about, nothing saved
			browser.visit("/portfolio/places/" + ohioTown + "/edit", "place-edit-picker");
			WebElement within = browser.fieldLabelled("Within");
			assertThat(within.getDomProperty("value")).isEqualTo("Ohio, United States");
			within.clear();
			within.sendKeys(town);
			browser.clickButton("Save");
			browser.driver().executeScript("document.getElementById('parentId').scrollIntoView()");
			browser.checkPage("place-edit-picker-which");
			assertThat(browser.text(By.id("parentId-error"))).contains("More than one place is called", town);
			assertThat(portfolio.place(ohioTown).getParentId()).isEqualTo(PortfolioFixtures.place(stewardApi, "Ohio"));

			// a formation run's place, the same way
			browser.visit("/formation/new?cohort=place&placeIdWhere=" + encode(town), "formation-new-place-which");
			assertThat(browser.driver().findElements(By.cssSelector("input[type=radio][name=placeId]"))).hasSize(2);
		}
	}

	@Test
	void theWelcomeFindsWhereOneWorksByItsName() {
		String email = PortfolioFixtures.unique("newcomer") + "@example.org";
		long me = PortfolioFixtures.person(accounts, profiles, email, "Nia Newcomer", Set.of(), null, Set.of());
		WebSession session = WebSession.signedIn(port, email);

		Document step = page(session, "/welcome/profile");
		assertThat(step.select("option:contains(Vermont)")).as("no list of every place").isEmpty();
		var asked = send(session, step, Map.of("homePlaceIdWhere", town));
		assertThat(Jsoup.parse(asked.body()).select("input[type=radio][name=homePlaceId]")).hasSize(2);
		assertThat(home(me)).isNull();
		assertThat(send(session, step, Map.of("homePlaceIdWhere", town + ", Vermont")).location())
				.endsWith("/welcome/concerns");
		assertThat(home(me)).isEqualTo(vermontTown);
	}

	@Test
	void aPlaceIsMovedIntoAnotherByTypingItsName() {
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		long district = PortfolioFixtures.level(stewardApi, "District");
		long moved = created(
				stewardApi.post("/api/v1/places", Api.json(Map.of("name", PortfolioFixtures.unique("Capital City"),
						"levelId", district, "parentId", PortfolioFixtures.place(stewardApi, "Ohio")))));
		Document edit = page(steward, "/portfolio/places/" + moved + "/edit");
		assertThat(edit.select("select#parentId")).isEmpty();
		assertThat(edit.select("input#parentId").val()).startsWith("Ohio");

		var unknown = send(steward, edit, Map.of("parentIdWhere", "Atlantis " + town));
		assertThat(Jsoup.parse(unknown.body()).select("#parentId-error").text()).contains("No place is called");
		assertThat(portfolio.place(moved).getParentId()).isEqualTo(PortfolioFixtures.place(stewardApi, "Ohio"));

		assertThat(send(steward, edit, Map.of("parentIdWhere", "Vermont")).status()).isEqualTo(302);
		assertThat(portfolio.place(moved).getParentId()).isEqualTo(PortfolioFixtures.place(stewardApi, "Vermont"));
	}

	@Test
	void aFormationRunFormsEveryoneAtAPlaceFoundByName() {
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		Document form = page(steward, "/formation/new");
		assertThat(form.select("select#placeId")).isEmpty();
		// nobody is counted or listed until the steward chooses the group
		assertThat(form.select("input[name=cohort][checked]")).isEmpty();
		assertThat(form.select("#cohort-preview")).isEmpty();
		Document chosen = page(steward,
				"/formation/new?cohort=place&placeIdWhere=" + encode(town + ", Ohio") + "&placeId=&issueId=");
		assertThat(chosen.select("input#placeId").val()).isEqualTo(town + ", Ohio");
		assertThat(chosen.select("input[type=hidden][name=placeId]").eachAttr("value"))
				.contains(String.valueOf(ohioTown));
		Document asked = page(steward, "/formation/new?cohort=place&placeIdWhere=" + encode(town));
		assertThat(asked.select("#placeId-error").text()).contains("More than one place is called");
		assertThat(asked.select("input[type=radio][name=placeId]")).hasSize(2);
	}

	@Test
	void suggestionsNameEachPlaceWithThePlaceItLiesInForEveryoneSignedIn() {
		for (String who : new String[]{"member01@example.org", "sponsor@example.org"}) {
			WebSession session = WebSession.signedIn(port, who);
			var body = session.get("/portfolio/places/suggestions?homePlaceIdWhere=" + encode(town)).body();
			assertThat(Jsoup.parseBodyFragment(body).select("option").eachAttr("value"))
					.containsExactlyInAnyOrder(town + ", Ohio", town + ", Vermont");
			assertThat(session.get("/portfolio/places/suggestions?where=S").body()).doesNotContain("<option");
		}
		assertThat(new WebSession(port).get("/portfolio/places/suggestions?where=" + encode(town)).status())
				.isEqualTo(302);
	}

	private Long home(long practitionerId) {
		return profiles.myProfile(principal(practitionerId, "")).getHomePlaceId();
	}

	private static org.constellation.people.AccountPrincipal principal(long id, String email) {
		return new org.constellation.people.AccountPrincipal(null, id, email,
				Set.of(org.constellation.people.Role.MEMBER), null, false);
	}

	private static Document page(WebSession session, String path) {
		var page = session.get(path);
		assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	/**
	 * Sends the page's form (the one holding a place picker) as a browser would,
	 * with {@code changed} in place of the fields of those names.
	 */
	private static WebSession.Page send(WebSession session, Document page, Map<String, String> changed) {
		FormElement form = (FormElement) page.select("form:has(input[list$=-places])").first();
		assertThat(form).as("a form with a place picker").isNotNull();
		var fields = form.formData().stream().filter(kv -> !changed.containsKey(kv.key()))
				.map(kv -> encode(kv.key()) + "=" + encode(kv.value())).collect(Collectors.toList());
		changed.forEach((k, v) -> fields.add(encode(k) + "=" + encode(v)));
		return session.postEncoded(form.attr("action"), String.join("&", fields));
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
