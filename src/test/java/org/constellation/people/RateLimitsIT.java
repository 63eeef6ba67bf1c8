package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.ConstellationApplication;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The four doors with low limits: past the limit, per account and per client
 * address, each answers 429 with Retry-After (a problem for the API, the form
 * with what was typed for pages), and two app nodes on one database count
 * against the same buckets. Each test acts from its own client address, given
 * as a proxy would (X-Forwarded-For, trusted from the loopback with
 * {@code server.forward-headers-strategy=native}).
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		RateLimitsIT.SIGN_IN_PER_ACCOUNT, RateLimitsIT.SIGN_IN_PER_ADDRESS, "constellation.limits.sign-in.period=1h",
		RateLimitsIT.SIGN_UP_PER_ADDRESS, RateLimitsIT.TOKENS_PER_ACCOUNT, RateLimitsIT.TOKENS_PER_ADDRESS,
		RateLimitsIT.RESETS_PER_ACCOUNT, RateLimitsIT.RESETS_PER_ADDRESS, "server.forward-headers-strategy=native"})
class RateLimitsIT {

	static final String SIGN_IN_PER_ACCOUNT = "constellation.limits.sign-in.per-account=3";
	static final String SIGN_IN_PER_ADDRESS = "constellation.limits.sign-in.per-address=6";
	static final String SIGN_UP_PER_ADDRESS = "constellation.limits.sign-up.per-address=3";
	static final String TOKENS_PER_ACCOUNT = "constellation.limits.tokens.per-account=3";
	static final String TOKENS_PER_ADDRESS = "constellation.limits.tokens.per-address=6";
	static final String RESETS_PER_ACCOUNT = "constellation.limits.password-resets.per-account=2";
	static final String RESETS_PER_ADDRESS = "constellation.limits.password-resets.per-address=4";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext nodeB;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Node B opens the database this test's application uses (PostgreSQL or H2).
	 */
	@Autowired
	org.springframework.core.env.Environment environment;

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
			nodeB = null;
		}
	}

	@Test
	void signingInIsLimitedPerAccountWithTheFormKeptButThePassword() {
		String address = newAddress();
		String email = newEmail();
		var browser = new Browser(port, address);
		for (int i = 0; i < 3; i++) {
			assertThat(browser.signIn(email, "guess " + i).statusCode()).isEqualTo(302);
		}
		var refused = browser.signIn(email, "the fourth guess");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(retryAfter(refused)).isBetween(1L, 3600L);
		assertThat(refused.body()).contains("Too many attempts: try again in").contains("id=\"too-many-attempts\"")
				.contains("value=\"" + email + "\"").doesNotContain("the fourth guess");
		assertThat(new Browser(port, address).signIn(newEmail(), "another account").statusCode())
				.as("another account from the same address").isEqualTo(302);
	}

	@Test
	void signingInIsLimitedPerAddress() {
		String address = newAddress();
		var browser = new Browser(port, address);
		for (int i = 0; i < 6; i++) {
			assertThat(browser.signIn(newEmail(), "guess").statusCode()).isEqualTo(302);
		}
		assertThat(browser.signIn(newEmail(), "guess").statusCode()).isEqualTo(429);
		assertThat(new Browser(port, newAddress()).signIn(newEmail(), "guess").statusCode()).as("another address")
				.isEqualTo(302);
	}

	@Test
	void tokenRequestsAreLimitedPerAccountAndPerAddressWithAProblem() {
		String address = newAddress();
		String email = newEmail();
		for (int i = 0; i < 3; i++) {
			assertThat(tokenRequest(port, address, email).statusCode()).isEqualTo(401);
		}
		var refused = tokenRequest(port, address, email);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"status\":429").contains("Too many attempts");
		assertThat(retryAfter(refused)).isBetween(1L, 3600L);

		String other = newAddress();
		for (int i = 0; i < 6; i++) {
			assertThat(tokenRequest(port, other, newEmail()).statusCode()).isEqualTo(401);
		}
		assertThat(tokenRequest(port, other, newEmail()).statusCode()).as("per address").isEqualTo(429);
	}

	@Test
	void signingUpIsLimitedPerAddressOnThePageAndTheApiTogether() {
		String address = newAddress();
		var browser = new Browser(port, address);
		assertThat(browser
				.submit("/sign-up",
						Map.of("email", newEmail(), "displayName", "Limited One", "password", "a long enough password"))
				.statusCode()).isEqualTo(302);
		assertThat(apiPost(port, address, "/api/v1/accounts", null,
				"{\"email\":\"" + newEmail()
						+ "\",\"displayName\":\"Limited Two\",\"password\":\"a long enough password\"}")
				.statusCode()).isEqualTo(201);
		assertThat(apiPost(port, address, "/api/v1/accounts", null,
				"{\"email\":\"" + newEmail()
						+ "\",\"displayName\":\"Limited Three\",\"password\":\"a long enough password\"}")
				.statusCode()).isEqualTo(201);
		String email = newEmail();
		var page = browser.submit("/sign-up",
				Map.of("email", email, "displayName", "Limited Four", "password", "a secret password"));
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(retryAfter(page)).isPositive();
		assertThat(page.body()).contains("Too many attempts: try again in").contains("value=\"" + email + "\"")
				.contains("value=\"Limited Four\"").doesNotContain("a secret password");
		var api = apiPost(port, address, "/api/v1/accounts", null, "{\"email\":\"" + newEmail()
				+ "\",\"displayName\":\"Limited Five\",\"password\":\"a long enough password\"}");
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(retryAfter(api)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from accounts where email = ?", Integer.class, email))
				.as("nothing stored").isZero();
	}

	@Test
	void passwordResetsAreLimitedPerAccountAndPerAddress() {
		String address = newAddress();
		String email = newEmail();
		var browser = new Browser(port, address);
		assertThat(browser.submit("/password-reset", Map.of("email", email)).statusCode()).isEqualTo(200);
		assertThat(
				apiPost(port, address, "/api/v1/password-resets", null, "{\"email\":\"" + email + "\"}").statusCode())
				.isEqualTo(202);
		var page = browser.submit("/password-reset", Map.of("email", email));
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(retryAfter(page)).isPositive();
		assertThat(page.body()).contains("Too many attempts: try again in").contains("value=\"" + email + "\"");
		var api = apiPost(port, address, "/api/v1/password-resets", null, "{\"email\":\"" + email + "\"}");
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.body()).contains("\"status\":429");

		String other = newAddress();
		for (int i = 0; i < 4; i++) {
			assertThat(apiPost(port, other, "/api/v1/password-resets", null, "{\"email\":\"" + newEmail() + "\"}")
					.statusCode()).isEqualTo(202);
		}
		assertThat(apiPost(port, other, "/api/v1/password-resets", null, "{\"email\":\"" + newEmail() + "\"}")
				.statusCode()).as("per address").isEqualTo(429);
	}

	@Test
	void twoAppNodesOnOneDatabaseCountAgainstTheSameBuckets() {
		int portB = nodeB();
		String address = newAddress();
		String email = newEmail();
		assertThat(tokenRequest(port, address, email).statusCode()).isEqualTo(401);
		assertThat(tokenRequest(portB, address, email).statusCode()).isEqualTo(401);
		assertThat(tokenRequest(port, address, email).statusCode()).isEqualTo(401);
		assertThat(tokenRequest(portB, address, email).statusCode()).as("the fourth, on the other node").isEqualTo(429);
		assertThat(tokenRequest(port, address, email).statusCode()).isEqualTo(429);
		assertThat(jdbc.queryForObject("select count(*) from rate_limit_buckets where id like 'tokens:3/%'",
				Integer.class)).as("the buckets are rows of the shared table").isPositive();
	}

	private int nodeB() {
		if (nodeB == null) {
			nodeB = new SpringApplicationBuilder(ConstellationApplication.class).properties("server.port=0",
					"constellation.demo-data=false", "constellation.gatherings.reminders-scheduled=false",
					"constellation.partnerships.sessions-scheduled=false", "constellation.notifications.digest-check=-")
					// as arguments: they win over the high limits the test run sets as system
					// properties, which the properties above do not; so does the database
					.run(Stream
							.concat(Stream
									.of(SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS,
											"constellation.limits.sign-in.period=1h", SIGN_UP_PER_ADDRESS,
											TOKENS_PER_ACCOUNT, TOKENS_PER_ADDRESS, RESETS_PER_ACCOUNT,
											RESETS_PER_ADDRESS, "server.forward-headers-strategy=native")
									.map(p -> "--" + p), Stream.of(TestDatabase.databaseOf(environment)))
							.toArray(String[]::new));
		}
		return nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static long retryAfter(HttpResponse<String> response) {
		return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
	}

	private static String newEmail() {
		return "limited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/** An address from the documentation ranges, one per test. */
	private static String newAddress() {
		var random = UUID.randomUUID().getLeastSignificantBits();
		return "198.51." + ((random >>> 8) & 0xff) + "." + (random & 0xff);
	}

	private static HttpResponse<String> tokenRequest(int port, String address, String email) {
		return apiPost(port, address, "/api/v1/tokens",
				"Basic " + Base64.getEncoder()
						.encodeToString((email + ":wrong password").getBytes(StandardCharsets.UTF_8)),
				"{\"name\":\"limited\"}");
	}

	private static HttpResponse<String> apiPost(int port, String address, String path, String authorization,
			String json) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json").header("Accept", "application/json")
				.header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(HttpClient.newHttpClient(), request);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A browser behind a proxy that names the client's address. */
	private record Browser(int port, String address, HttpClient client) {

		Browser(int port, String address) {
			this(port, address, HttpClient.newBuilder().cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER).build());
		}

		HttpResponse<String> signIn(String email, String password) {
			return submit("/sign-in", Map.of("username", email, "password", password));
		}

		HttpResponse<String> submit(String path, Map<String, String> fields) {
			var form = send(client, request(path).GET());
			Matcher csrf = CSRF.matcher(form.body());
			assertThat(csrf.find()).as("a CSRF token on " + path).isTrue();
			String body = fields.entrySet().stream()
					.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
							+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&")) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			return send(client, request(path).header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
					.header("X-Forwarded-For", address);
		}
	}
}
