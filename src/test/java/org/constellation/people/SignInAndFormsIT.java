package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.AtOnce;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages over HTTP: security baseline, forms that keep what was typed, and
 * who may open what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndFormsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesCarrySecurityHeadersWithAContentSecurityPolicy() {
		var page = new WebSession(port).get("/sign-in");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
				"frame-ancestors 'none'");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.body()).contains("href=\"/assets/css/app.css\"");
		var stylesheet = new WebSession(port).get("/assets/css/app.css");
		assertThat(stylesheet.status()).isEqualTo(200);
		assertThat(stylesheet.header("Content-Type")).startsWith("text/css");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		var session = new WebSession(port);
		var refused = session.post("/sign-up",
				Map.of("email", "csrf@example.org", "displayName", "C", "password", "long enough password"));
		assertThat(refused.status()).isEqualTo(403);
		var signedIn = WebSession.signedIn(port, "member14@example.org");
		assertThat(signedIn.post("/account/tokens", Map.of("name", "sneaky")).status()).isEqualTo(403);
	}

	@Test
	void signingInGivesANewSessionId() {
		var session = new WebSession(port);
		session.get("/sign-in");
		String before = session.sessionId();
		assertThat(before).isNotNull();
		session.submit("/sign-in", "/sign-in", Map.of("username", "member15@example.org", "password", "constellation"));
		assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(session.get("/profile").status()).isEqualTo(200);
	}

	/**
	 * A script run from a client that holds both the person's session cookie and
	 * their token: the API call is signed in by the token alone and leaves the
	 * session as it was. Renaming the session on every such call (the protection
	 * against session fixation, meant for signing in) lost the session whenever the
	 * answer carrying the new name did not arrive.
	 */
	@Test
	void anApiCallWithATokenLeavesTheSessionAsItWas() {
		var session = WebSession.signedIn(port, "member17@example.org");
		String signedIn = session.sessionId();
		String token = Api.basic(port, "member17@example.org", "constellation")
				.post("/api/v1/tokens", "{\"name\":\"script\"}").json().get("token").asString();
		var call = session.get("/api/v1/issues?size=5",
				Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
		assertThat(call.status()).isEqualTo(200);
		assertThat(call.header("Set-Cookie")).as("the API sets no cookie").isNull();
		assertThat(session.sessionId()).isEqualTo(signedIn);
		assertThat(session.get("/profile").status()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordKeepsTheEmailAndSaysWhatToCheck() {
		var session = new WebSession(port);
		var failed = session.submit("/sign-in", "/sign-in",
				Map.of("username", "member16@example.org", "password", "nope"));
		assertThat(failed.location()).endsWith("/sign-in?error");
		var page = session.get("/sign-in?error");
		assertThat(page.body()).contains("We could not sign you in").contains("value=\"member16@example.org\"");
	}

	@Test
	void aLockedAccountIsToldToWaitEvenWithTheRightPassword() {
		var session = new WebSession(port);
		for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
			session.submit("/sign-in", "/sign-in",
					Map.of("username", "member19@example.org", "password", "guess " + i));
		}
		var refused = session.submit("/sign-in", "/sign-in",
				Map.of("username", "member19@example.org", "password", "constellation"));
		assertThat(refused.location()).endsWith("/sign-in?error");
		assertThat(session.get("/sign-in?error").body()).contains("Too many attempts in a row");
	}

	@Test
	void signUpErrorsAreShownNextToTheFieldsAndTheTypingIsKept() {
		var session = new WebSession(port);
		var page = session.submit("/sign-up", "/sign-up",
				Map.of("email", "kept@example.org", "displayName", "", "password", "short"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("error-summary").contains("Give the name others should see")
				.contains("Choose a password of at least 10 characters").contains("value=\"kept@example.org\"");

		var duplicate = session.submit("/sign-up", "/sign-up",
				Map.of("email", "member01@example.org", "displayName", "Someone", "password", "long enough password"));
		assertThat(duplicate.body()).contains("An account with this email already exists")
				.contains("value=\"Someone\"");
	}

	@Test
	void signingUpSignsInAtOnceWithANewSessionAndOpensTheWelcome() {
		var session = new WebSession(port);
		String email = "fresh." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String csrf = session.csrfFrom("/sign-up");
		String before = session.sessionId();
		assertThat(before).isNotNull();
		var created = session.post("/sign-up", Map.of("email", email, "displayName", "Fresh Face", "password",
				"a fine long password", "timeZone", "Europe/Lisbon", "_csrf", csrf));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).endsWith("/welcome/profile");
		// signed in, in a session whose id changed, as signing in does
		assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
		var welcome = session.get("/welcome/profile");
		assertThat(welcome.status()).isEqualTo(200);
		assertThat(welcome.body()).contains("Step 1 of 3").contains("value=\"Fresh Face\"")
				.contains("Your account is ready and you are signed in");
		assertThat(session.get("/profile").body()).contains("Fresh Face");
		// the CSRF token of the page before signing up no longer works
		assertThat(session.post("/welcome/concerns", Map.of("_csrf", csrf)).status()).isEqualTo(403);
		// and the new one does
		assertThat(session.submit("/welcome/concerns", "/welcome/concerns", Map.of()).location())
				.endsWith("/welcome/communities");
		// the password chosen signs in too
		var again = new WebSession(port);
		assertThat(again.submit("/sign-in", "/sign-in", Map.of("username", email, "password", "a fine long password"))
				.location()).doesNotContain("error");
	}

	@Test
	void twentySignUpsWithTheSameEmailAtOnceMakeOneAccount() {
		String email = "race." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		List<WebSession> sessions = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			WebSession session = new WebSession(port);
			tokens.add(session.csrfFrom("/sign-up"));
			sessions.add(session);
		}
		List<java.util.function.Supplier<Api.Response>> requests = new ArrayList<>();
		List<WebSession.Page> pages = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 20; i++) {
			WebSession session = sessions.get(i);
			String token = tokens.get(i);
			String name = "Racer " + i;
			requests.add(() -> {
				var page = session.post("/sign-up", Map.of("email", email, "displayName", name, "password",
						"a fine long password", "_csrf", token));
				pages.add(page);
				return new Api.Response(page.status(), "", page.location(), Map.of());
			});
		}
		List<Api.Response> answers = AtOnce.send(requests);

		assertThat(answers).filteredOn(a -> a.status() == 302).hasSize(1)
				.allSatisfy(a -> assertThat(a.body()).endsWith("/welcome/profile"));
		assertThat(answers).filteredOn(a -> a.status() != 302).hasSize(19);
		assertThat(pages).filteredOn(p -> p.status() != 302)
				.allSatisfy(p -> assertThat(p.body()).contains("An account with this email already exists"));
		assertThat(jdbc.queryForObject("select count(*) from accounts where email = ?", Long.class, email))
				.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from practitioners p join accounts a on a.id = p.account_id where a.email = ?",
				Long.class, email)).isEqualTo(1);
		// only the one whose account it is is signed in
		long signedIn = sessions.stream().filter(s -> s.get("/profile").status() == 200).count();
		assertThat(signedIn).isEqualTo(1);
	}

	@Test
	void strangersAreSentToSignInAndRolesOpenOnlyTheirPages() {
		var stranger = new WebSession(port);
		assertThat(stranger.get("/profile").location()).endsWith("/sign-in");
		assertThat(stranger.get("/portfolio").location()).endsWith("/sign-in");
		assertThat(stranger.get("/").status()).isEqualTo(200);

		var member = WebSession.signedIn(port, "member17@example.org");
		assertThat(member.get("/steward/accounts").status()).isEqualTo(403);
		assertThat(member.get("/steward/outbox").status()).isEqualTo(403);
		assertThat(member.get("/portfolio/issues/new").status()).isEqualTo(403);
		assertThat(member.get("/practitioners").status()).isEqualTo(200);

		var sponsor = WebSession.signedIn(port, "sponsor@example.org");
		var denied = sponsor.get("/practitioners");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.body()).contains("This is not open to you");
		assertThat(sponsor.get("/portfolio").status()).isEqualTo(200);

		var steward = WebSession.signedIn(port, "steward@example.org");
		assertThat(steward.get("/steward/accounts").status()).isEqualTo(200);
		// no page shows other people's mail, to stewards neither
		assertThat(steward.get("/steward/outbox").status()).isEqualTo(404);
	}

	@Test
	void aMissingPageIsAFriendlyNotFound() {
		var member = WebSession.signedIn(port, "member18@example.org");
		var missing = member.get("/portfolio/issues/987654");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("We could not find that page");
	}

	@Test
	void aStewardsIssueFormKeepsWhatWasTypedWhenTheNameIsTaken() {
		var steward = WebSession.signedIn(port, "steward@example.org");
		String level = firstLevelId(steward);
		var page = steward.submit("/portfolio/issues/new", "/portfolio/issues", Map.of("name", "Family engagement",
				"description", "My careful description", "status", "ACTIVE", "levelIds", level));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("An issue named").contains("My careful description");
	}

	@Test
	void markdownFromPeopleIsRenderedWithoutScripts() {
		var steward = WebSession.signedIn(port, "steward@example.org");
		var created = steward.submit("/portfolio/issues/new", "/portfolio/issues",
				Map.of("name", "Safe rendering check", "description",
						"**Bold** <script>alert('x')</script> [link](javascript:alert(1)) <img src=x onerror=alert(2)>",
						"status", "EMERGING", "levelIds", firstLevelId(steward)));
		assertThat(created.status()).isEqualTo(302);
		var page = steward.get(created.location().replace("http://localhost:" + port, ""));
		assertThat(page.body()).contains("<strong>Bold</strong>").doesNotContain("<script>alert")
				.doesNotContain("javascript:alert").doesNotContain("onerror=");
	}

	private static String firstLevelId(WebSession session) {
		var m = java.util.regex.Pattern.compile("name=\"levelIds\" id=\"level-(\\d+)\"|id=\"level-(\\d+)\"")
				.matcher(session.get("/portfolio/issues/new").body());
		if (!m.find()) {
			throw new IllegalStateException("no level on the issue form");
		}
		return m.group(1) != null ? m.group(1) : m.group(2);
	}
}
