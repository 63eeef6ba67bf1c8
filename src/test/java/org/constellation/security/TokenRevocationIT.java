package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A revoked personal access token stops at the very next request, whether it
 * was revoked through the API or on the account page, and revoking one token
 * leaves the person's other tokens working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenRevocationIT {

	private static final String EMAIL = "member31@example.org";

	@LocalServerPort
	int port;

	private record Token(long id, Api api) {
	}

	private Token create(String name) {
		var created = Api.basic(port, EMAIL, "constellation").post("/api/v1/tokens", Api.json(Map.of("name", name)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Token(created.json().get("id").asLong(), Api.bearer(port, created.json().get("token").asString()));
	}

	@Test
	void aTokenRevokedThroughTheApiIsRefusedAtTheNextRequestAndTheOthersKeepWorking() {
		Token kept = create("kept");
		Token revoked = create("to revoke");
		assertThat(revoked.api().get("/api/v1/me").status()).isEqualTo(200);
		assertThat(kept.api().get("/api/v1/me").status()).isEqualTo(200);

		// revoked with the other token: the revoked one is refused straight away
		assertThat(kept.api().delete("/api/v1/tokens/" + revoked.id()).status()).isEqualTo(204);
		var next = revoked.api().get("/api/v1/me");
		assertThat(next.status()).isEqualTo(401);
		assertThat(next.contentType()).startsWith("application/problem+json");
		// not only reads: a change is refused as well, and stays refused
		assertThat(revoked.api().put("/api/v1/me/profile", "{}").status()).isEqualTo(401);
		assertThat(revoked.api().get("/api/v1/tokens").status()).isEqualTo(401);

		assertThat(kept.api().get("/api/v1/me").status()).isEqualTo(200);
		var listed = kept.api().get("/api/v1/tokens").json();
		assertThat(listed.valueStream().filter(t -> t.get("id").asLong() == revoked.id())
				.map(t -> t.get("revokedAt").isNull())).containsExactly(false);
		assertThat(listed.valueStream().filter(t -> t.get("id").asLong() == kept.id())
				.map(t -> t.get("revokedAt").isNull())).containsExactly(true);
	}

	@Test
	void aTokenRevokesItselfAndIsRefusedAtOnce() {
		Token token = create("self");
		assertThat(token.api().delete("/api/v1/tokens/" + token.id()).status()).isEqualTo(204);
		assertThat(token.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(token.api().delete("/api/v1/tokens/" + token.id()).status()).isEqualTo(401);
	}

	@Test
	void aTokenRevokedOnTheAccountPageIsRefusedAtTheNextRequest() {
		Token kept = create("kept on page");
		Token revoked = create("revoked on page");
		assertThat(revoked.api().get("/api/v1/me").status()).isEqualTo(200);

		WebSession page = WebSession.signedIn(port, EMAIL);
		var answer = page.submit("/account", "/account/tokens/" + revoked.id() + "/revoke", Map.of());
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/account");

		assertThat(revoked.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(kept.api().get("/api/v1/me").status()).isEqualTo(200);
		// the page now offers no revoke button for it, and still one for the other
		String account = page.get("/account").body();
		assertThat(account).doesNotContain("/account/tokens/" + revoked.id() + "/revoke")
				.contains("/account/tokens/" + kept.id() + "/revoke");
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() {
		Token mine = create("not yours");
		Api other = Api.as(port, "member32@example.org");
		assertThat(other.delete("/api/v1/tokens/" + mine.id()).status()).isIn(403, 404);
		WebSession otherPage = WebSession.signedIn(port, "member32@example.org");
		otherPage.submit("/account", "/account/tokens/" + mine.id() + "/revoke", Map.of());
		assertThat(mine.api().get("/api/v1/me").status()).isEqualTo(200);
	}
}
