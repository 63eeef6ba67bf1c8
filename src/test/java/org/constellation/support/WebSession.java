package org.constellation.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session without the browser: cookies, CSRF tokens taken
 * from the page's own form, and redirects not followed so that tests can see
 * where a form sends them.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies;
	private final HttpClient client;

	public WebSession(int port) {
		this(port, new CookieManager());
	}

	private WebSession(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same browser, with the same cookies, talking to the app on another port:
	 * what a load balancer does when it sends the next request to another node.
	 */
	public WebSession at(int port) {
		return new WebSession(port, cookies);
	}

	public static WebSession signedIn(int port, String email) {
		WebSession session = new WebSession(port);
		Page result = session.submit("/sign-in", "/sign-in", Map.of("username", email, "password", "constellation"));
		if (result.status() != 302 || result.location().contains("error")) {
			throw new IllegalStateException(
					"Sign-in failed for " + email + ": " + result.status() + " " + result.location());
		}
		return session;
	}

	public Page get(String path) {
		return get(path, "text/html,application/xhtml+xml");
	}

	/** A GET asking for this media type (a download, a JSON feed of a page). */
	public Page get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
	}

	/** A GET with these headers besides the cookies (a script's token, say). */
	public Page get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	/**
	 * Opens {@code formPage}, takes its CSRF token and posts the fields to
	 * {@code action}.
	 */
	public Page submit(String formPage, String action, Map<String, String> fields) {
		Matcher m = CSRF.matcher(get(formPage).body());
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on " + formPage);
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", m.group(1));
		return post(action, all);
	}

	/** Posts exactly these fields: no CSRF token unless given. */
	public Page post(String action, Map<String, String> fields) {
		return postEncoded(action, encode(fields));
	}

	public Page postEncoded(String action, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public static String encode(Map<String, String> fields) {
		return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
	}

	public String csrfFrom(String formPage) {
		Matcher m = CSRF.matcher(get(formPage).body());
		return m.find() ? m.group(1) : null;
	}

	public String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			if (request.build().headers().firstValue("Accept").isEmpty()) {
				request.header("Accept", "text/html,application/xhtml+xml");
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""), response.headers().map());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public record Page(int status, String body, String location, Map<String, java.util.List<String>> headers) {

		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
					.map(e -> e.getValue().getFirst()).findFirst().orElse(null);
		}
	}
}
