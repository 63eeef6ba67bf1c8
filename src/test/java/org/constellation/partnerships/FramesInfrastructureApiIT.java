package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Frames of reference and infrastructure over the API: versions kept, compared,
 * written only by their author, read only by current partners, frozen once the
 * partnership is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FramesInfrastructureApiIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	InfrastructureService infrastructure;

	ComponentFixtures fixtures;
	AccountPrincipal ana;
	AccountPrincipal bo;
	AccountPrincipal cy;
	long id;

	@BeforeEach
	void anActivePartnershipOfThree() {
		fixtures = new ComponentFixtures(accounts, partnerships, partners, jdbc, passwords);
		ana = fixtures.person("Ana");
		bo = fixtures.person("Bo");
		cy = fixtures.person("Cy");
		id = fixtures.active("Keeping new teachers in the profession", ana, bo, cy);
	}

	Api api(AccountPrincipal who) {
		return Api.as(port, who.email());
	}

	String frames() {
		return "/api/v1/partnerships/" + id + "/frames";
	}

	String infra() {
		return "/api/v1/partnerships/" + id + "/infrastructure";
	}

	static String frame(String body, int basedOn) {
		return Api.json(Map.of("body", body, "basedOn", basedOn));
	}

	@Test
	void everySaveIsKeptAsAVersionAndTwoVersionsCompareWordByWord() {
		Api a = api(ana);
		var first = a.put(frames(), frame("I see *retention* as a question of the first year.", 0));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("number").asInt()).isEqualTo(1);
		assertThat(first.json().get("bodyHtml").asString()).contains("<em>retention</em>");
		var second = a.put(frames(), frame("I see *retention* as a question of the whole school.", 1));
		assertThat(second.json().get("number").asInt()).isEqualTo(2);

		JsonNode board = api(bo).get(frames()).json();
		assertThat(board.valueStream().map(p -> p.get("partner").get("id").asLong()))
				.containsExactly(ana.practitionerId(), bo.practitionerId(), cy.practitionerId());
		assertThat(board.get(0).get("latest").get("number").asInt()).isEqualTo(2);
		assertThat(board.get(1).get("latest").isNull()).isTrue();

		JsonNode versions = api(cy).get(frames() + "/" + ana.practitionerId() + "/versions").json();
		assertThat(versions.get("versions").valueStream().map(v -> v.get("number").asInt())).containsExactly(2, 1);

		long from = first.json().get("id").asLong();
		long to = second.json().get("id").asLong();
		JsonNode compared = api(bo).get(frames() + "/compare?from=" + from + "&to=" + to).json();
		assertThat(compared.get("same").asBoolean()).isFalse();
		assertThat(compared.get("changes").valueStream()
				.map(c -> c.get("kind").asString() + ":" + c.get("text").asString()))
				.contains("REMOVED:first year.", "ADDED:whole school.");
	}

	@Test
	void aFrameWrittenFromAnOlderVersionIsRefusedAndNothingIsStored() {
		Api a = api(ana);
		a.put(frames(), frame("First thoughts", 0));
		var stale = a.put(frames(), frame("From a tab opened before", 0));
		assertProblem(stale, 409, "body");
		var blank = a.put(frames(), frame("   ", 1));
		assertProblem(blank, 400, "body");
		assertThat(a.get(frames() + "/" + ana.practitionerId() + "/versions").json().get("versions").size())
				.isEqualTo(1);
	}

	@Test
	void aPartnerCannotWriteAnothersFrame() {
		api(ana).put(frames(), frame("Mine", 0));
		var other = api(bo).put(frames() + "/" + ana.practitionerId(), frame("Words put in Ana's mouth", 1));
		assertThat(other.status()).as(other.toString()).isEqualTo(403);
		var own = api(bo).put(frames() + "/" + bo.practitionerId(), frame("Bo's own view", 0));
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		JsonNode versions = api(ana).get(frames() + "/" + ana.practitionerId() + "/versions").json().get("versions");
		assertThat(versions.valueStream().map(v -> v.get("body").asString())).containsExactly("Mine");
	}

	@Test
	void nobodyButCurrentPartnersFindsThem() {
		long frameId = api(ana).put(frames(), frame("Mine", 0)).json().get("id").asLong();
		api(ana).put(infra(), Api.json(Map.of("place", "Room 4", "basedOn", 0)));
		AccountPrincipal stranger = fixtures.person("Stranger");
		fixtures.leave(id, cy);
		List<String> reads = List.of(frames(), frames() + "/" + ana.practitionerId() + "/versions",
				frames() + "/compare?from=" + frameId + "&to=" + frameId, infra(), infra() + "/history");
		for (Api outsider : List.of(api(stranger), api(cy), Api.as(port, "steward@example.org"),
				Api.as(port, "convener@example.org"), Api.as(port, "sponsor@example.org"))) {
			for (String path : reads) {
				assertThat(outsider.get(path).status()).as(path).isEqualTo(404);
			}
			assertThat(outsider.put(frames(), frame("Let me in", 0)).status()).isEqualTo(404);
			assertThat(outsider.put(infra(), Api.json(Map.of("place", "Elsewhere", "basedOn", 1))).status())
					.isEqualTo(404);
		}
		assertThat(Api.anonymous(port).get(frames()).status()).isEqualTo(401);
		assertThat(api(bo).get(infra()).json().get("place").asString()).isEqualTo("Room 4");
	}

	@Test
	void aClosedPartnershipIsReadButNotChanged() {
		api(ana).put(frames(), frame("Before we closed", 0));
		api(ana).put(infra(), Api.json(Map.of("place", "Room 4", "basedOn", 0)));
		fixtures.close(id);
		assertThat(api(bo).get(frames()).status()).isEqualTo(200);
		assertThat(api(ana).put(frames(), frame("After", 1)).status()).isEqualTo(409);
		assertThat(api(bo).put(infra(), Api.json(Map.of("place", "Room 5", "basedOn", 1))).status()).isEqualTo(409);
		assertThat(api(bo).get(infra()).json().get("place").asString()).isEqualTo("Room 4");
	}

	@Test
	void anyPartnerEditsTheInfrastructureAndEveryEditIsKeptWithWhoAndWhen() {
		var empty = api(cy).get(infra()).json();
		assertThat(empty.get("number").asInt()).isZero();

		var first = api(ana).put(infra(),
				Api.json(Map.of("place", "Room 4, Lincoln Elementary", "link", "https://meet.example.org/us", "tools",
						"A shared notes document", "agreements", "- We let each *finish*", "basedOn", 0)));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("agreementsHtml").asString()).contains("<em>finish</em>");
		var second = api(bo).put(infra(),
				Api.json(Map.of("place", "Room 4, Lincoln Elementary", "link", "https://meet.example.org/us", "tools",
						"A shared notes document and a whiteboard", "agreements", "- We let each *finish*", "basedOn",
						1)));
		assertThat(second.json().get("number").asInt()).isEqualTo(2);
		assertThat(second.json().get("editedBy").get("id").asLong()).isEqualTo(bo.practitionerId());

		var stale = api(cy).put(infra(), Api.json(Map.of("place", "Café on Main Street", "basedOn", 1)));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertProblem(api(cy).put(infra(), Api.json(Map.of("link", "javascript:alert(1)", "basedOn", 2))), 422, "link");
		assertProblem(api(cy).put(infra(), Api.json(Map.of("place", "x".repeat(501), "basedOn", 2))), 400, "place");

		JsonNode history = api(cy).get(infra() + "/history").json();
		assertThat(history.get("content").valueStream().map(v -> v.get("editedBy").get("id").asLong()))
				.containsExactly(bo.practitionerId(), ana.practitionerId());
		assertThat(history.get("content").get(0).get("createdAt").isNull()).isFalse();
		assertThat(api(cy).get(infra()).json().get("place").asString()).isEqualTo("Room 4, Lincoln Elementary");
	}

	@Test
	void theOpeningsAgreementsBecomeTheFirstVersionOnce() {
		infrastructure.startFromOpening(id, "**Ana**: we let each finish.");
		infrastructure.startFromOpening(id, "A second call changes nothing");
		JsonNode current = api(bo).get(infra()).json();
		assertThat(current.get("number").asInt()).isEqualTo(1);
		assertThat(current.get("fromOpening").asBoolean()).isTrue();
		assertThat(current.get("agreementsHtml").asString()).contains("<strong>Ana</strong>");
	}

	@Test
	void theFormRefusesABadLinkNamingTheFieldAndKeepsWhatWasTyped() {
		var session = org.constellation.support.WebSession.signedIn(port, ana.email());
		String form = "/partnerships/" + id + "/infrastructure/edit";
		var page = session.submit(form, "/partnerships/" + id + "/infrastructure",
				Map.of("place", "The library", "link", "javascript:alert(1)", "basedOn", "0"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"link-error\"").contains("The library");
		assertThat(api(ana).get(infra()).json().get("number").asInt()).isZero();
	}

	@Test
	void aPartnershipThatBecomesActiveStartsItsAgreementsFromTheOpeningAndEachDownloadHoldsOnesOwnWords()
			throws InterruptedException {
		var dee = org.constellation.support.PartnershipFixtures.newPerson(port, "Dee Opening");
		var eli = org.constellation.support.PartnershipFixtures.newPerson(port, "Eli Opening");
		long opened = org.constellation.support.PartnershipFixtures.active("Learning from the opening", dee, eli);
		String path = "/api/v1/partnerships/" + opened + "/infrastructure";
		JsonNode current = dee.api().get(path).json();
		for (int i = 0; i < 50 && current.get("number").asInt() == 0; i++) {
			Thread.sleep(100); // the listener runs after the activation commits
			current = dee.api().get(path).json();
		}
		assertThat(current.get("number").asInt()).isEqualTo(1);
		assertThat(current.get("fromOpening").asBoolean()).isTrue();
		assertThat(current.get("agreements").asString()).contains("From our opening")
				.contains("Dee Opening: My answer to step");

		dee.api().put("/api/v1/partnerships/" + opened + "/frames", frame("Dee's view", 0));
		eli.api().put("/api/v1/partnerships/" + opened + "/frames", frame("Eli's view", 0));
		eli.api().put(path, Api.json(Map.of("place", "Room 9", "basedOn", 1)));
		JsonNode mine = dee.api().get("/api/v1/partnerships/" + opened + "/export").json();
		assertThat(mine.get("frames").valueStream().map(f -> f.get("body").asString())).containsExactly("Dee's view");
		assertThat(mine.get("infrastructureEdits").size()).isZero();
		JsonNode his = eli.api().get("/api/v1/partnerships/" + opened + "/export").json();
		assertThat(his.get("infrastructureEdits").valueStream().map(e -> e.get("place").asString()))
				.containsExactly("Room 9");
	}

	private static void assertProblem(Api.Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
	}
}
