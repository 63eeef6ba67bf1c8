package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new password ends every other way into the account: the other browsers'
 * sessions and all personal access tokens. Changed by its owner, the session
 * they used stays signed in; reset from a mailed link, every session ends. The
 * person is told on the page and by mail. Seen from outside only: two browsers
 * and a program with a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeIT {

	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern
			.compile("/password-reset/([A-Za-z0-9_-]+)");
	private static final String OLD = "the first password";
	private static final String NEW = "a brand new password";

	@LocalServerPort
	int port;

	private String newAccount() {
		String email = "pw." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		var created = Api.anonymous(port).post("/api/v1/accounts",
				Api.json(Map.of("email", email, "displayName", "Pat Keys", "password", OLD)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return email;
	}

	private WebSession signedIn(String email, String password) {
		var browser = new WebSession(port);
		var answer = browser.submit("/sign-in", "/sign-in", Map.of("username", email, "password", password));
		assertThat(answer.location()).as("signed in").doesNotContain("error").doesNotEndWith("/sign-in");
		assertThat(browser.get("/account").status()).isEqualTo(200);
		return browser;
	}

	private String token(String email, String password) {
		var created = Api.basic(port, email, password).post("/api/v1/tokens", "{\"name\":\"script\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().get("token").asString();
		assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
		return token;
	}

	private static boolean signedOut(WebSession browser) {
		return browser.get("/account").location().endsWith("/sign-in");
	}

	@Test
	void changingThePasswordSignsOutEveryOtherSessionAndRevokesTokensButKeepsThisOne() {
		String email = newAccount();
		WebSession here = signedIn(email, OLD);
		WebSession elsewhere = signedIn(email, OLD);
		String token = token(email, OLD);
		String idBefore = here.sessionId();
		var before = Mailbox.seen();

		var changed = here.submit("/account", "/account/password", Map.of("currentPassword", OLD, "newPassword", NEW));
		assertThat(changed.location()).endsWith("/account");
		assertThat(here.sessionId()).as("this session goes on under a new id").isNotEqualTo(idBefore);
		var page = here.get("/account");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("You were signed out everywhere else, and your access tokens were revoked");

		assertThat(signedOut(elsewhere)).as("the other browser's next page asks it to sign in").isTrue();
		assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(here.get("/account").status()).as("still signed in here").isEqualTo(200);
		assertThat(new WebSession(port).submit("/sign-in", "/sign-in", Map.of("username", email, "password", OLD))
				.location()).contains("error");
		signedIn(email, NEW);

		var mail = Mailbox.since(before).stream().filter(m -> m.recipient().equals(email)).toList();
		assertThat(mail).extracting(Mailbox.Message::subject)
				.containsExactly("Your Constellation password was changed");
		assertThat(mail.getFirst().body()).contains(
				"You were signed out everywhere else, and your access tokens were " + "revoked", "/password-reset");
	}

	@Test
	void aWrongCurrentPasswordChangesNothingAndEndsNothing() {
		String email = newAccount();
		WebSession here = signedIn(email, OLD);
		WebSession elsewhere = signedIn(email, OLD);
		String token = token(email, OLD);

		var refused = here.submit("/account", "/account/password",
				Map.of("currentPassword", "not my password", "newPassword", NEW));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("This is not your current password");
		var tooShort = here.submit("/account", "/account/password",
				Map.of("currentPassword", OLD, "newPassword", "short"));
		assertThat(tooShort.body()).contains("Choose a password of at least 10 characters");

		assertThat(signedOut(elsewhere)).isFalse();
		assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
		signedIn(email, OLD);
	}

	@Test
	void resettingThePasswordFromTheMailedLinkEndsEverySessionAndRevokesTokens() {
		String email = newAccount();
		WebSession one = signedIn(email, OLD);
		WebSession two = signedIn(email, OLD);
		String token = token(email, OLD);

		var before = Mailbox.seen();
		var asker = new WebSession(port);
		asker.submit("/password-reset", "/password-reset", Map.of("email", email));
		Matcher link = LINK.matcher(Mailbox.since(before).stream().filter(m -> m.recipient().equals(email)).findFirst()
				.orElseThrow().body());
		assertThat(link.find()).isTrue();
		String path = "/password-reset/" + link.group(1);
		before = Mailbox.seen();
		var saved = asker.submit(path, path, Map.of("password", NEW));
		assertThat(saved.location()).endsWith("/sign-in");
		assertThat(asker.get("/sign-in").body())
				.contains("You were signed out everywhere, and your access tokens were revoked");

		assertThat(signedOut(one)).isTrue();
		assertThat(signedOut(two)).isTrue();
		assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
		signedIn(email, NEW);

		var mail = Mailbox.since(before).stream().filter(m -> m.recipient().equals(email)).toList();
		assertThat(mail).extracting(Mailbox.Message::subject).containsExactly("Your Constellation password was reset");
		assertThat(mail.getFirst().body())
				.contains("You were signed out everywhere, and your access tokens were " + "revoked");
	}

	@Test
	void throughTheApiAChangeRevokesEveryTokenTheOneUsedToo() {
		String email = newAccount();
		WebSession browser = signedIn(email, OLD);
		String token = token(email, OLD);
		String other = token(email, OLD);

		var wrong = Api.bearer(port, token).put("/api/v1/me/password",
				Api.json(Map.of("currentPassword", "not my password", "newPassword", NEW)));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);

		var before = Mailbox.seen();
		assertThat(Api.bearer(port, token)
				.put("/api/v1/me/password", Api.json(Map.of("currentPassword", OLD, "newPassword", NEW))).status())
				.isEqualTo(204);
		assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(Api.bearer(port, other).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(signedOut(browser)).isTrue();
		assertThat(Mailbox.since(before).stream().filter(m -> m.recipient().equals(email)))
				.extracting(Mailbox.Message::subject).containsExactly("Your Constellation password was changed");
	}
}
