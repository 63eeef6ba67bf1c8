package org.constellation.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests of the running application: what a script using
 * the API would do.
 */
public final class Api {

	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;
	private final String authorization;

	private Api(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null);
	}

	public static Api basic(int port, String email, String password) {
		return new Api("http://localhost:" + port, "Basic "
				+ Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public static Api bearer(int port, String token) {
		return new Api("http://localhost:" + port, "Bearer " + token);
	}

	/**
	 * Signs in with email and password to create a token, then acts with that
	 * token.
	 */
	public static Api as(int port, String email) {
		Response created = basic(port, email, "constellation").post("/api/v1/tokens", "{\"name\":\"test\"}");
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a token for " + email + ": " + created);
		}
		return bearer(port, created.json().get("token").asString());
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/**
	 * A GET with more headers (name, value, name, value...), its body the bytes as
	 * sent: a gzipped body stays gzipped.
	 */
	public Bytes getBytes(String path, String... headers) {
		HttpRequest.Builder request = request(path).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Bytes(response.statusCode(), response.body(), response.headers());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public record Bytes(int status, byte[] body, java.net.http.HttpHeaders headers) {

		/** The first value of a header, or null. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	public Response post(String path, String json) {
		return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
	}

	public Response put(String path, String json) {
		return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * A DELETE with a body, such as the password that confirms deleting an account.
	 */
	public Response delete(String path, String json) {
		return send(request(path).method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, application/problem+json");
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String contentType, String body,
			java.util.Map<String, java.util.List<String>> headers) {

		/** The first value of a header, or null; names in any case. */
		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
					.map(e -> e.getValue().getFirst()).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
