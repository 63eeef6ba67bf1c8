package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.support.Api;
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

/**
 * Every form that changes something (taken from the application's own handler
 * mappings, so a new one cannot be forgotten) refuses a request that carries a
 * signed-in session cookie but no CSRF token, or a wrong one: 403, and nothing
 * stored. The API never takes a session cookie, so a page from another site
 * cannot drive it with the cookie alone either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsrfIT {

	/**
	 * A token's "last used" time changes by design without any request of this test
	 * (sessions and job locks are left out by {@link Tables} itself).
	 */
	static final Set<String> CHANGING_BY_DESIGN = Set.of("access_tokens");

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private List<Route> changingPageRoutes() {
		return Routes.all(mappings).stream().filter(r -> !r.isApi() && r.changesState()).toList();
	}

	private int send(String method, String path, String cookie, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "JSESSIONID=" + cookie).header("Accept", "text/html")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void everyFormRefusesARequestWithoutOrWithAWrongCsrfTokenAndStoresNothing() {
		List<Route> routes = changingPageRoutes();
		assertThat(routes).extracting(Route::toString).contains("POST /communities", "POST /threads/{id}/replies",
				"POST /account/tokens/{id}/revoke", "POST /profile", "POST /steward/journey-stages");

		// a steward reaches every form, so the CSRF check is the only thing that can
		// refuse
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		String cookie = steward.sessionId();
		String realToken = steward.csrfFrom("/profile/edit");
		assertThat(realToken).isNotBlank();

		long before = Writes.mark();
		List<String> accepted = new ArrayList<>();
		int sent = 0;
		for (Route route : routes) {
			String path = route.fill(Map.of(), 1);
			String form = "name=CSRF+probe&title=CSRF+probe&body=CSRF+probe&purpose=CSRF+probe";
			Map<String, Map<String, String>> attempts = Map.of(
					// no token at all
					"no token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
					// a made-up token in the form
					"wrong form token", Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Body", "_csrf"),
					// a made-up token in the header
					"wrong header token",
					Map.of("Content-Type", "application/x-www-form-urlencoded", "X-CSRF-TOKEN", "not-" + realToken));
			for (var attempt : attempts.entrySet()) {
				Map<String, String> headers = new java.util.HashMap<>(attempt.getValue());
				String body = headers.remove("X-Body") != null ? form + "&_csrf=wrong-" + realToken : form;
				int status = send(route.method(), path, cookie, body, headers);
				sent++;
				if (status != 403) {
					accepted.add(route + " (" + attempt.getKey() + ") -> " + status);
				}
			}
		}
		var stored = Writes.since(before, CHANGING_BY_DESIGN);
		System.out.printf("CSRF: %d forms, %d requests without a valid token%n", routes.size(), sent);
		assertThat(accepted).as("forms that did not refuse a missing or wrong CSRF token").isEmpty();
		assertThat(stored).as("tables refused requests wrote").isEmpty();

		// the session is still good and the real token still works: the 403s were
		// about the token alone
		var ok = steward.post("/account/tokens", Map.of("name", "csrf-control", "_csrf", realToken));
		assertThat(ok.status()).isEqualTo(302);
		assertThat(ok.location()).endsWith("/account");
	}

	@Test
	void theApiCannotBeDrivenByASessionCookieAlone() {
		WebSession member = WebSession.signedIn(port, "member33@example.org");
		String cookie = member.sessionId();
		assertThat(cookie).isNotBlank();
		String csrf = member.csrfFrom("/profile/edit");

		long before = Writes.mark();
		List<String> accepted = new ArrayList<>();
		int sent = 0;
		for (Route route : Routes.all(mappings).stream().filter(r -> r.isApi() && r.changesState()).toList()) {
			String path = route.fill(Map.of(), 1);
			for (Map<String, String> headers : List.of(Map.of("Content-Type", "application/json"),
					// even with the page's own CSRF token, a cookie is not a credential for the API
					Map.of("Content-Type", "application/json", "X-CSRF-TOKEN", csrf))) {
				int status = send(route.method(), path, cookie,
						"{\"name\":\"cookie probe\",\"title\":\"cookie probe\"}", headers);
				sent++;
				// the only API calls open to anyone are signing up and password resets: the
				// cookie adds nothing to them (and the writes counted below show this body
				// stored
				// nothing)
				boolean open = path.equals("/api/v1/accounts") || path.startsWith("/api/v1/password-resets");
				if (!open && status != 401) {
					accepted.add(route + " -> " + status);
				}
			}
		}
		var stored = Writes.since(before, CHANGING_BY_DESIGN);
		System.out.printf("CSRF: %d API requests with a session cookie only%n", sent);
		assertThat(accepted).as("API calls a session cookie could drive").isEmpty();
		assertThat(stored).as("tables refused API calls wrote").isEmpty();

		// and reading with the cookie alone does not work either
		var read = Api.anonymous(port);
		assertThat(read.get("/api/v1/me").status()).isEqualTo(401);
	}
}
