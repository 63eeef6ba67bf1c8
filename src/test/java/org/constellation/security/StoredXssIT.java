package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constellation.support.Api;
import org.constellation.support.Browser;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.Routes;
import org.constellation.support.Routes.Route;
import org.constellation.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Stored cross-site scripting: XSS payloads go into every text and Markdown
 * field a person can write (through the API, as a person would with a script),
 * then every page and every API answer that can show them is read back as their
 * author and as another member. Parsed as HTML, no page carries a script but
 * the application's own files, no {@code on*} attribute, no {@code javascript:}
 * or {@code data:} address; the payloads' text is shown, escaped. Every page
 * carries the Content-Security-Policy header, and a real browser opening the
 * pages that show the payloads never sees an alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssIT {

	/**
	 * What an attacker would write, each tagged with a marker so that a page can be
	 * seen to show it.
	 */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"[click](javascript:alert(1))", "\"><svg onload=alert(1)>",
			"<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
			"<iframe src=\"javascript:alert(1)\"></iframe>", "<p style=\"background:url(javascript:alert(1))\">s</p>",
			"<b onclick=\"alert(1)\">c</b>", "' onmouseover='alert(1)' x='", "\" autofocus onfocus=\"alert(1)\" x=\"",
			"</script><script>alert(1)</script>", "\"};alert(1);//", "[x](data:text/html;base64,PHNjcmlwdD4=)",
			"<a href=\"jAvAsCrIpT&colon;alert(1)\">e</a>", "</textarea><script>alert(1)</script>");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"background", "poster", "data", "srcdoc", "srcset", "cite", "ping");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private int next;
	private Person ana;
	private Person ben;
	private final Map<String, Long> ids = new LinkedHashMap<>();
	private final List<String> written = new ArrayList<>();

	/** The next payload, tagged; each field gets one in turn. */
	private String payload(String field) {
		int n = next++;
		written.add(field);
		return "Xss" + n + " " + PAYLOADS.get(n % PAYLOADS.size());
	}

	/**
	 * What could not be written: reported by its own test, so the rest still runs.
	 */
	private final List<String> notWritten = new ArrayList<>();

	private long id(Api.Response response, String what) {
		if (!ok(response, what)) {
			return -1;
		}
		JsonNode found = findId(response.json());
		if (found == null) {
			notWritten.add(what + ": no id in " + response);
			return -1;
		}
		return found.asLong();
	}

	private static JsonNode findId(JsonNode node) {
		if (node.has("id")) {
			return node.get("id");
		}
		for (JsonNode child : node) {
			if (child.isObject()) {
				JsonNode found = findId(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private boolean ok(Api.Response response, String what) {
		if (response.status() < 200 || response.status() > 299) {
			notWritten.add(what + ": " + response);
			return false;
		}
		return true;
	}

	@BeforeAll
	void writePayloadsIntoEveryField() {
		ana = PartnershipFixtures.newPerson(port, "Hostile Ana");
		ben = PartnershipFixtures.newPerson(port, "Hostile Ben");
		Api a = ana.api();
		ids.put("practitioners", ana.practitionerId());
		ids.put("social-artists", ana.practitionerId());
		try {
			write(a);
		} catch (RuntimeException e) {
			notWritten.add("stopped writing: " + e);
		}
		System.out.printf("XSS: payloads written into %d fields: %s; not written: %s%n", written.size(), written,
				notWritten);
	}

	private void write(Api a) {

		// profile
		ok(a.put("/api/v1/me/profile",
				Api.json(Map.of("displayName", payload("profile name"), "affiliations",
						List.of(payload("profile affiliation")), "practiceContext", payload("profile practice context"),
						"expertise", payload("profile expertise"), "languages", List.of("en"), "timeZone", "UTC",
						"openToPartnership", true, "partnershipCapacity", 2, "version",
						a.get("/api/v1/me/profile").json().get("version").asLong()))),
				"profile");

		// community: name, purpose, practice, legitimacy; then the charter
		Map<String, Object> community = new LinkedHashMap<>();
		community.put("name", payload("community name"));
		community.put("purpose", payload("community purpose"));
		community.put("practice", payload("community practice"));
		community.put("legitimacy", payload("community legitimacy"));
		community.put("visibility", "PUBLIC");
		community.put("joinPolicy", "OPEN");
		long c = id(a.post("/api/v1/communities", Api.json(community)), "community");
		ids.put("communities", c);
		ok(ben.api().post("/api/v1/communities/" + c + "/membership", Api.json(Map.of("whyHere", payload("why here")))),
				"join");

		// conversations
		long t = id(
				a.post("/api/v1/communities/" + c + "/threads", Api.json(
						Map.of("kind", "QUESTION", "title", payload("thread title"), "body", payload("thread body")))),
				"thread");
		ids.put("threads", t);
		ids.put("replies", id(ben.api().post("/api/v1/threads/" + t + "/replies",
				Api.json(Map.of("kind", "BUILDS_ON", "body", payload("reply body")))), "reply"));

		// gatherings
		ids.put("gatherings", id(
				a.post("/api/v1/communities/" + c + "/gatherings",
						Api.json(Map.of("title", payload("gathering title"), "date",
								LocalDate.now().plusDays(5).toString(), "time", "15:00", "timeZone", "UTC",
								"durationMinutes", 60, "place", payload("gathering place"), "onlineLink",
								"https://meet.example.org/x?q=%22%3E%3Csvg", "agenda", payload("gathering agenda")))),
				"gathering"));

		// practice work, artifacts, glossary
		long work = id(
				a.post("/api/v1/communities/" + c + "/practice-work", Api
						.json(Map.of("title", payload("practice work title"), "goal", payload("practice work goal")))),
				"practice work");
		ids.put("practice-work", work);
		ok(a.post("/api/v1/practice-work/" + work + "/outputs", Api.json(Map.of("title", payload("output title"), "url",
				"https://example.org/out", "note", payload("output note")))), "practice output");
		ids.put("artifacts", id(a.post("/api/v1/communities/" + c + "/artifacts",
				Api.json(Map.of("kind", "TOOL", "title", payload("artifact title"), "body", payload("artifact body"),
						"url", "https://example.org/a", "tags", List.of(payload("artifact tag").substring(0, 20))))),
				"artifact"));
		ids.put("glossary-terms",
				id(a.post("/api/v1/communities/" + c + "/glossary", Api.json(Map.of("term", payload("glossary term"),
						"meaning", payload("glossary meaning"), "example", payload("glossary example")))),
						"glossary term"));

		// journey: journal, bewilderments, reflections, milestones
		ids.put("journal",
				id(a.post("/api/v1/journal/entries",
						Api.json(Map.of("title", payload("journal title"), "body", payload("journal body")))),
						"journal entry"));
		long bewilderment = id(
				a.post("/api/v1/journal/bewilderments", Api.json(Map.of("text", payload("bewilderment")))),
				"bewilderment");
		ids.put("bewilderments", bewilderment);
		ok(a.post("/api/v1/journal/bewilderments/" + bewilderment + "/revisits",
				Api.json(Map.of("note", payload("bewilderment revisit")))), "revisit");
		long stage = findId(a.get("/api/v1/journey/stages").json().get(0)).asLong();
		ok(a.post("/api/v1/journey/reflections", Api.json(Map.of("stageId", stage, "reflectedOn",
				LocalDate.now().toString(), "reflection", payload("stage reflection")))), "reflection");
		ok(a.post("/api/v1/journey/milestones", Api.json(Map.of("title", payload("milestone title"), "happenedOn",
				LocalDate.now().toString(), "note", payload("milestone note")))), "milestone");

		// a partnership: focus, opening answers, trust, take-away, a session's notes,
		// commitments, check-in and reflection
		long p = PartnershipFixtures.proposed(payload("partnership focus"), ana, ben);
		ids.put("partnerships", p);
		PartnershipFixtures.accept(p, ben);
		int steps = a.get("/api/v1/partnerships/" + p + "/opening").json().get("steps").size();
		for (int step = 1; step <= steps; step++) {
			for (Person person : List.of(ana, ben)) {
				ok(person.api().post("/api/v1/partnerships/" + p + "/opening/steps/" + step + "/answers",
						Api.json(Map.of("body", payload("opening answer"), "affirmTenets", true))), "opening answer");
			}
		}
		PartnershipFixtures.confirmAll(p, List.of(ana, ben));
		ok(a.put("/api/v1/partnerships/" + p + "/takeaway", Api.json(Map.of("takeaway", payload("take-away")))),
				"take-away");
		ok(a.put("/api/v1/partnerships/" + p + "/frames", Api.json(Map.of("body", payload("frame")))), "frame");
		ok(a.put("/api/v1/partnerships/" + p + "/infrastructure",
				Api.json(Map.of("place", payload("infrastructure place"), "link", "https://meet.example.org/p", "tools",
						payload("infrastructure tools"), "agreements", payload("infrastructure agreements"), "basedOn",
						infrastructureVersion(a, p)))),
				"infrastructure");
		var session = a.post("/api/v1/partnerships/" + p + "/sessions", Api.json(Map.of("date",
				LocalDate.now().plusDays(2).toString(), "time", "10:00", "timeZone", "UTC", "durationMinutes", 45)));
		int n = ok(session, "session") ? session.json().get("session").get("number").asInt() : 1;
		ids.put("sessions", (long) n);
		String s = "/api/v1/partnerships/" + p + "/sessions/" + n;
		ok(a.put(s + "/check-ins", Api.json(Map.of("attending", true, "line", payload("check-in line")))), "check-in");
		ok(a.post(s + "/notes", Api.json(Map.of("body", payload("session note")))), "session note");
		ok(a.post(s + "/commitments", Api.json(Map.of("body", payload("commitment")))), "commitment");
		ok(a.put(s + "/reflections", Api.json(Map.of("body", payload("session reflection"), "shared", true))),
				"session reflection");

		// value stories
		ids.put("value-stories",
				id(a.post("/api/v1/value-stories",
						Api.json(Map.of("communityId", c, "title", payload("value story title"), "body",
								payload("value story body"), "evidence", payload("value story evidence"), "cycles",
								List.of("IMMEDIATE"), "visibility", "COMMUNITY"))),
						"value story"));

		// an endorsement's note and support, by a sponsor
		Api sponsor = Api.as(port, "sponsor@example.org");
		var endorsed = sponsor.post("/api/v1/endorsements", Api.json(Map.of("socialArtistId", ana.practitionerId(),
				"note", payload("endorsement note"), "support", payload("endorsement support"))));
		ids.put("endorsements", id(endorsed, "endorsement"));

		// a journey stage's name and description, by a steward
		Api steward = Api.as(port, "steward@example.org");
		ids.put("journey-stages",
				id(steward.post("/api/v1/journey/stages",
						Api.json(Map.of("name", payload("stage name").substring(0, 30), "description",
								payload("stage description"), "transition", false))),
						"journey stage"));
	}

	/**
	 * The stage is shared by everyone's journey: it goes again, for the tests that
	 * follow.
	 */
	@org.junit.jupiter.api.AfterAll
	void removeTheStage() {
		Long stage = ids.get("journey-stages");
		if (stage != null && stage > 0) {
			Api.as(port, "steward@example.org").delete("/api/v1/journey/stages/" + stage);
		}
	}

	/** The version the infrastructure is at now, which an edit must name. */
	private static int infrastructureVersion(Api a, long partnership) {
		JsonNode now = a.get("/api/v1/partnerships/" + partnership + "/infrastructure").json();
		JsonNode version = now.get("number");
		return version == null || version.isNull() ? 0 : version.asInt();
	}

	private String fill(Route route) {
		String pattern = route.pattern();
		Map<String, Object> values = new LinkedHashMap<>();
		for (String name : route.variables()) {
			String before = pattern.substring(0, pattern.indexOf("{" + name) - 1);
			String word = before.substring(before.lastIndexOf('/') + 1);
			Object value = switch (name) {
				case "practitionerId" -> ana.practitionerId();
				case "n" -> ids.get("sessions");
				default -> ids.getOrDefault(word, 1L);
			};
			values.put(name, value);
		}
		return route.fill(values, 1);
	}

	private List<String> pagePaths() {
		Set<String> paths = new LinkedHashSet<>();
		for (Route route : Routes.all(mappings)) {
			if (route.method().equals("GET") && !route.isApi() && !route.pattern().contains("*")
					&& !route.pattern().startsWith("/calendar/")) {
				paths.add(fill(route));
			}
		}
		return new ArrayList<>(paths);
	}

	/** What in a parsed page could run: the findings, empty when none. */
	static List<String> executable(Document doc) {
		List<String> found = new ArrayList<>();
		for (Element script : doc.select("script")) {
			String src = script.attr("src");
			if (!(src.startsWith("/assets/") || src.startsWith("/webjars/")) || !script.data().isBlank()) {
				found.add("script " + script.outerHtml());
			}
		}
		for (Element el : doc.select("iframe, frame, frameset, object, embed, base, applet, meta[http-equiv]")) {
			found.add("element " + el.outerHtml());
		}
		for (Element el : doc.getAllElements()) {
			for (Attribute attr : el.attributes()) {
				String key = attr.getKey().toLowerCase(Locale.ROOT);
				String value = attr.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				if (key.startsWith("on")) {
					found.add("handler " + key + " on <" + el.tagName() + ">");
				}
				if (URL_ATTRIBUTES.contains(key) && (value.startsWith("javascript:") || value.startsWith("data:")
						|| value.startsWith("vbscript:") || value.contains("&colon;"))) {
					found.add("address " + key + "=" + attr.getValue() + " on <" + el.tagName() + ">");
				}
				if (key.equals("style") && (value.contains("xss") || value.contains("javascript")
						|| value.contains("expression(") || value.contains("url("))) {
					found.add("style " + attr.getValue() + " on <" + el.tagName() + ">");
				}
				if (key.equals("autofocus") && el.toString().contains("Xss")) {
					found.add("autofocus from input on <" + el.tagName() + ">");
				}
			}
		}
		return found;
	}

	@Test
	void everyFieldTookItsPayload() {
		assertThat(notWritten).as("fields the payloads could not be written into").isEmpty();
	}

	@Test
	void noPageRunsWhatPeopleWroteAndEveryPageCarriesTheContentSecurityPolicy() {
		List<String> paths = pagePaths();
		assertThat(paths).hasSizeGreaterThan(60);
		List<String> problems = new ArrayList<>();
		List<String> withoutPolicy = new ArrayList<>();
		Set<String> showing = new LinkedHashSet<>();
		Set<String> markersShown = new LinkedHashSet<>();
		int read = 0;
		for (String email : List.of(ana.email(), ben.email(), "steward@example.org")) {
			WebSession session = WebSession.signedIn(port, email);
			for (String path : paths) {
				var page = session.get(path);
				read++;
				String type = String.valueOf(page.header("Content-Type"));
				if (!type.startsWith("text/html")) {
					// a download (CSV, JSON, calendar): never something a browser would render as a
					// page
					if (page.body().contains("Xss")) {
						assertThat(type).as("type of %s", path).doesNotContain("html");
						assertThat(page.header("X-Content-Type-Options")).as("nosniff on %s", path)
								.isEqualTo("nosniff");
					}
					continue;
				}
				String policy = page.header("Content-Security-Policy");
				if (policy == null || !policy.contains("script-src 'self'") || policy.contains("unsafe-inline")
						|| policy.contains("unsafe-eval")) {
					withoutPolicy.add(path + " -> " + page.status() + " " + policy);
				}
				Document doc = Jsoup.parse(page.body());
				for (String finding : executable(doc)) {
					problems.add(path + " as " + email + ": " + finding);
				}
				String text = doc.text();
				if (text.toLowerCase(Locale.ROOT).contains("xss")) {
					showing.add(path);
					// a tag is shown in lower case
					java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)xss(\\d+)").matcher(text);
					while (m.find()) {
						markersShown.add("Xss" + m.group(1));
					}
				}
			}
		}
		System.out.printf("XSS: %d page reads, %d pages show payloads, %d of %d payloads seen%n", read, showing.size(),
				markersShown.size(), next);
		assertThat(problems).as("executable content on pages").isEmpty();
		assertThat(withoutPolicy).as("pages without a strict Content-Security-Policy").isEmpty();
		// every payload written is shown somewhere, so each was really checked
		List<String> unseen = new ArrayList<>();
		for (int i = 0; i < next; i++) {
			if (!markersShown.contains("Xss" + i)) {
				unseen.add("Xss" + i + " (" + written.get(i) + ")");
			}
		}
		assertThat(unseen).as("payloads no page showed").isEmpty();
	}

	@Test
	void thePayloadsAreShownAsTextOnTheirPages() {
		WebSession session = WebSession.signedIn(port, ben.email());
		String thread = Jsoup.parse(session.get("/threads/" + ids.get("threads")).body()).text();
		String community = Jsoup.parse(session.get("/communities/" + ids.get("communities")).body()).text();
		// a title and a name are plain text: shown exactly as typed
		assertThat(thread).contains(PAYLOADS.get(written.indexOf("thread title") % PAYLOADS.size()));
		assertThat(community).contains(PAYLOADS.get(written.indexOf("community name") % PAYLOADS.size()));
		// Markdown keeps raw HTML as text too
		assertThat(thread).contains(PAYLOADS.get(written.indexOf("thread body") % PAYLOADS.size()));
	}

	@Test
	void theApiAnswersJsonAndItsRenderedHtmlFieldsCarryNothingExecutable() {
		List<String> problems = new ArrayList<>();
		int withPayloads = 0;
		for (Route route : Routes.all(mappings)) {
			if (!route.method().equals("GET") || !route.isApi() || route.pattern().contains("*")) {
				continue;
			}
			var answer = ana.api().get(fill(route));
			if (!answer.body().contains("Xss")) {
				continue;
			}
			withPayloads++;
			if (answer.contentType().contains("html")) {
				problems.add(route + " answers " + answer.contentType());
			}
			if (!"nosniff".equals(answer.header("X-Content-Type-Options"))) {
				problems.add(route + " without X-Content-Type-Options: nosniff");
			}
			if (answer.contentType().contains("json")) {
				collectHtml(answer.json(), "", route.toString(), problems);
			}
		}
		System.out.printf("XSS: %d API answers carry payloads%n", withPayloads);
		assertThat(withPayloads).isGreaterThan(15);
		assertThat(problems).as("executable content in API answers").isEmpty();
	}

	private static void collectHtml(JsonNode node, String name, String where, List<String> problems) {
		if (node.isObject()) {
			node.properties().forEach(e -> collectHtml(e.getValue(), e.getKey(), where, problems));
		} else if (node.isArray()) {
			node.valueStream().forEach(v -> collectHtml(v, name, where, problems));
		} else if (node.isString() && name.endsWith("Html")) {
			for (String finding : executable(Jsoup.parseBodyFragment(node.asString()))) {
				problems.add(where + " " + name + ": " + finding);
			}
		}
	}

	@Test
	void aBrowserOpeningThePagesWithPayloadsSeesNoAlertAndNoAccessibilityViolation() throws Exception {
		try (Browser browser = new Browser(port)) {
			browser.signIn(ben.email());
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("/threads/" + ids.get("threads"), "xss-thread");
			pages.put("/communities/" + ids.get("communities"), "xss-community");
			pages.put("/practitioners/" + ana.practitionerId(), "xss-profile");
			pages.put("/gatherings/" + ids.get("gatherings"), "xss-gathering");
			for (var page : pages.entrySet()) {
				browser.driver().get(browser.url(page.getKey()));
				assertThatThrownBy(() -> browser.driver().switchTo().alert()).as("an alert on %s", page.getKey())
						.isInstanceOf(NoAlertPresentException.class);
				assertThat(browser.driver().getPageSource()).contains("Xss");
				browser.checkPage(page.getValue());
			}
		}
	}
}
