package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Malformed and oversized input to every API endpoint (taken from the
 * application's own handler mappings), as a signed-in member with a token:
 * broken JSON, wrong types, nulls, empty and huge bodies, deep nesting, unicode
 * and NUL characters, numbers out of range, bad path variables and query
 * parameters. The shapes come from each endpoint's own request body and
 * parameters; the values from {@link HostileValues} with a fixed seed, so a run
 * can be repeated exactly. No answer may be a server error, and no refused
 * request may store anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFuzzIT {

	private static final long SEED = 20261202L;
	private static final int GENERATED_BODIES_PER_ENDPOINT = 6;
	private static final int ONE_MEGABYTE = 1024 * 1024;
	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	/**
	 * At and past the limits of int, long and double: every numeric parameter,
	 * query or path, of every route gets each of them.
	 */
	static final List<String> EXTREME_NUMBERS = List.of("2147483647", "-1", "9223372036854775807", "1e309");
	/** A page whose row offset (page times size) overflows a 32-bit number. */
	static final String HUGE_PAGE = "page=2147483647&size=100";
	/** A list index far beyond any list a form has. */
	static final String HUGE_INDEX = "99999999";
	/** The same request, this many times at the same instant. */
	static final int AT_ONCE = 20;
	/**
	 * Of the write endpoints that accepted nothing, one in this many is also fired
	 * {@link #AT_ONCE} times at once (every one that accepted something is).
	 */
	private static final int BURST_SAMPLE = 4;
	private static final List<String> BAD_PATH_VALUES = Stream
			.concat(Stream.of("abc", "0", "99999999999999999999", "%00", "1.5", "%E2%80%AE", "1%20OR%201=1"),
					EXTREME_NUMBERS.stream())
			.toList();
	private static final List<String> BAD_QUERY_VALUES = Stream.concat(Stream.of("1000000", "99999999999999999999",
			"abc", "2026-13-45", "NOT_A_CHOICE", "%00", "", "x".repeat(10_000)), EXTREME_NUMBERS.stream()).toList();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private String authorization;
	/** Drawn from one seeded generator: the same seed gives the same values. */
	private final java.util.Iterator<Object> generated = seeded();

	static java.util.Iterator<Object> seeded() {
		return new HostileValues(SEED);
	}

	record Attempt(String method, String path, String body) {
		@Override
		public String toString() {
			return method + " " + path + (body == null ? "" : " <" + abbreviate(body) + ">");
		}
	}

	record Endpoint(Route route, HandlerMethod handler) {
	}

	@Test
	void noMalformedOrOversizedInputMakesAServerErrorOrStoresAnything() {
		Map<String, Long> real = realIds();
		var token = Api.basic(port, "member34@example.org", "constellation").post("/api/v1/tokens",
				"{\"name\":\"fuzzing\"}");
		authorization = "Bearer " + token.json().get("token").asString();

		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints.stream().map(Endpoint::route).toList()).as("every API route is fuzzed")
				.containsExactlyInAnyOrderElementsOf(Routes.all(mappings).stream().filter(Route::isApi).toList());

		List<String> serverErrors = new ArrayList<>();
		List<String> storedWhenRefused = new ArrayList<>();
		List<String> conflicts = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> bursts = new ArrayList<>();
		int writes = 0;
		int sent = 0;
		long started = System.nanoTime();
		for (Endpoint endpoint : endpoints) {
			List<Attempt> attempts = attempts(endpoint, real);
			long before = Writes.mark();
			List<Attempt> refused = new ArrayList<>();
			List<Attempt> accepted = new ArrayList<>();
			boolean someAccepted = false;
			for (Attempt attempt : attempts) {
				int status = send(attempt);
				sent++;
				statuses.merge(status, 1, Integer::sum);
				if (status >= 500) {
					serverErrors.add(status + " " + attempt);
				} else if (status >= 400 || status == 0) {
					refused.add(attempt);
					if (status == 409) {
						conflicts.add(attempt.toString());
					}
				} else {
					someAccepted = true;
					accepted.add(attempt);
				}
			}
			if (endpoint.route().changesState() && (!accepted.isEmpty() || writes++ % BURST_SAMPLE == 0)) {
				bursts.add(endpoint.route() + " "
						+ burst(endpoint, accepted, real, serverErrors, storedWhenRefused, statuses));
				sent += AT_ONCE;
			}
			if (refused.isEmpty()) {
				continue;
			}
			if (someAccepted) {
				// what was accepted may have changed something: send the refused ones again,
				// alone
				before = Writes.mark();
				for (Attempt attempt : refused) {
					send(attempt);
					sent++;
				}
			}
			var changed = Writes.since(before, CsrfIT.CHANGING_BY_DESIGN);
			if (!changed.isEmpty()) {
				storedWhenRefused.add(endpoint.route() + " changed " + changed + " on refused "
						+ refused.stream().map(Attempt::toString).limit(5).collect(Collectors.joining(" | ")));
			}
		}
		System.out.printf("API fuzz: %d endpoints, %d requests in %d s, statuses %s (0: connection closed)%n",
				endpoints.size(), sent, (System.nanoTime() - started) / 1_000_000_000, statuses);
		System.out.printf("API fuzz: answered 409: %s%n", conflicts);
		System.out.printf("API fuzz: %d requests fired %d at once: %s%n", bursts.size(), AT_ONCE, bursts);
		serverErrors.forEach(e -> System.out.println("API fuzz: server error " + e));
		assertThat(serverErrors).as("server errors").isEmpty();
		assertThat(storedWhenRefused).as("refused requests that stored something").isEmpty();
	}

	/** What the fuzz found, answered now at the edge with the field named. */
	@Test
	void theInputsTheFuzzFoundAreRefusedNamingTheField() {
		Api member = Api.as(port, "member35@example.org");
		var nul = member.post("/api/v1/journal/entries", Api.json(Map.of("title", "A\u0000B", "body", "x")));
		assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
		assertThat(nul.contentType()).startsWith("application/problem+json");
		assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

		for (String sort : List.of("-1", "nothing", "id;drop%20table%20accounts", "99999999999999999999")) {
			var sorted = member.get("/api/v1/partnerships/open?sort=" + sort);
			assertThat(sorted.status()).as(sort + " " + sorted).isEqualTo(400);
			assertThat(sorted.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
		}

		var nullId = member.post("/api/v1/me/notifications/read", "{\"ids\":[null]}");
		assertThat(nullId.status()).as(nullId.toString()).isEqualTo(400);
		assertThat(nullId.json().get("errors").get(0).get("field").asString()).startsWith("ids[0]");
		var nullChoice = member.put("/api/v1/me/notification-preferences", "{\"preferences\":[null]}");
		assertThat(nullChoice.status()).as(nullChoice.toString()).isEqualTo(400);
		assertThat(nullChoice.json().get("errors").get(0).get("field").asString()).startsWith("preferences[0]");
	}

	/**
	 * The same request {@link #AT_ONCE} times, released at one instant: the
	 * shortest that was accepted alone (so that the burst reaches the code that
	 * writes), or else an empty body. None may be a server error; when all are
	 * refused nothing may be stored. Returns the statuses seen.
	 */
	private Map<Integer, Long> burst(Endpoint endpoint, List<Attempt> accepted, Map<String, Long> real,
			List<String> serverErrors, List<String> storedWhenRefused, Map<Integer, Integer> statuses) {
		Attempt attempt = accepted.stream()
				.min(java.util.Comparator.comparingInt(a -> a.body() == null ? 0 : a.body().length()))
				.orElse(new Attempt(endpoint.route().method(), fill(endpoint.route(), real, null), "{}"));
		long before = Writes.mark();
		List<Integer> answers = atOnce(() -> send(attempt));
		Map<Integer, Long> seen = answers.stream()
				.collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
		answers.forEach(s -> statuses.merge(s, 1, Integer::sum));
		if (answers.stream().anyMatch(s -> s >= 500)) {
			serverErrors.add(AT_ONCE + " at once " + seen + " " + attempt);
		} else if (answers.stream().allMatch(s -> s >= 400 || s == 0)) {
			var changed = Writes.since(before, CsrfIT.CHANGING_BY_DESIGN);
			if (!changed.isEmpty()) {
				storedWhenRefused.add(
						endpoint.route() + " changed " + changed + " on " + AT_ONCE + " refused at once " + attempt);
			}
		}
		return seen;
	}

	/** Runs the call {@link #AT_ONCE} times, all released by one latch. */
	static List<Integer> atOnce(java.util.concurrent.Callable<Integer> call) {
		CountDownLatch ready = new CountDownLatch(AT_ONCE);
		CountDownLatch go = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE)) {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				futures.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await();
			go.countDown();
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> f : futures) {
				answers.add(f.get());
			}
			return answers;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * The pages take numbers too: every numeric query parameter and path variable
	 * of every page gets {@link #EXTREME_NUMBERS} (as a steward, who reaches every
	 * page), and every form with a list gets a field at a huge index
	 * ({@code inviteeEmails[99999999]}), which must be refused with nothing stored.
	 * No answer may be a server error.
	 */
	@Test
	void noPageAnswersAServerErrorToExtremeNumbersOrHugeListIndexes() {
		WebSession steward = WebSession.signedIn(port, "steward@example.org");
		String csrf = steward.csrfFrom("/profile/edit");
		List<String> serverErrors = new ArrayList<>();
		List<String> notRefused = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int sent = 0;
		int forms = 0;
		long started = System.nanoTime();
		long before = Writes.mark();
		for (Endpoint endpoint : pageEndpoints()) {
			Route route = endpoint.route();
			List<String> paths = new ArrayList<>();
			String path = route.fill(Map.of(), 1);
			if (route.method().equals("GET")) {
				if (!route.variables().isEmpty()) {
					EXTREME_NUMBERS.forEach(n -> paths.add(route.fill(Map.of(), n)));
				}
				for (String name : numericQueryParameters(endpoint.handler())) {
					EXTREME_NUMBERS.forEach(n -> paths.add(path + "?" + name + "=" + n));
				}
				if (!numericQueryParameters(endpoint.handler()).isEmpty()) {
					paths.add(path + "?" + HUGE_PAGE);
				}
				for (String p : paths) {
					int status = steward.get(p).status();
					sent++;
					statuses.merge(status, 1, Integer::sum);
					if (status >= 500) {
						serverErrors.add(status + " GET " + p);
					}
				}
			} else {
				List<String> lists = listFields(endpoint.handler());
				if (!lists.isEmpty()) {
					forms++;
				}
				for (String list : lists) {
					var answer = steward.postEncoded(path,
							list + "%5B" + HUGE_INDEX + "%5D=1&focus=x&name=x&title=x&body=x&_csrf=" + csrf);
					sent++;
					statuses.merge(answer.status(), 1, Integer::sum);
					if (answer.status() >= 500) {
						serverErrors.add(answer.status() + " " + route.method() + " " + path + " " + list + "["
								+ HUGE_INDEX + "]");
					} else if (answer.status() != 400) {
						notRefused.add(answer.status() + " " + route + " " + list + "[" + HUGE_INDEX + "]");
					}
				}
			}
		}
		var stored = Writes.since(before, CsrfIT.CHANGING_BY_DESIGN);
		System.out.printf("Page fuzz: %d requests (%d forms with lists) in %d s, statuses %s%n", sent, forms,
				(System.nanoTime() - started) / 1_000_000_000, statuses);
		serverErrors.forEach(e -> System.out.println("Page fuzz: server error " + e));
		assertThat(forms).as("forms with a list").isGreaterThan(3);
		assertThat(serverErrors).as("server errors").isEmpty();
		assertThat(notRefused).as("huge list indexes not refused with 400").isEmpty();
		assertThat(stored).as("tables the refused forms wrote").isEmpty();
	}

	private List<Endpoint> pageEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty()
					? List.of("GET", "POST")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (String method : names) {
					Route route = new Route(method, pattern);
					if (!route.isApi() && !pattern.startsWith("/error") && !pattern.equals("/sign-out")
							&& !pattern.equals("/logout")) {
						endpoints.add(new Endpoint(route, entry.getValue()));
					}
				}
			}
		}
		endpoints.sort((a, b) -> a.route().toString().compareTo(b.route().toString()));
		return endpoints;
	}

	private static boolean numeric(Class<?> type) {
		return type == int.class || type == long.class || type == short.class || type == double.class
				|| Number.class.isAssignableFrom(type);
	}

	/**
	 * A page's query parameters that take a number (a page's {@code page}, ids).
	 */
	private static List<String> numericQueryParameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && numeric(parameter.getParameterType())) {
				names.add(!param.name().isEmpty()
						? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getParameterName());
			} else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
				names.add("page");
			}
		}
		return names;
	}

	/**
	 * The fields of a page's form (a record bound from the post) that hold a list.
	 */
	private static List<String> listFields(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (type.isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)
					&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
				for (RecordComponent c : type.getRecordComponents()) {
					if (Collection.class.isAssignableFrom(c.getType())) {
						names.add(c.getName());
					}
				}
			}
		}
		return names;
	}

	private int send(Attempt attempt) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + attempt.path()))
				.header("Authorization", authorization).header("Accept", "application/json, application/problem+json")
				.header("Content-Type", "application/json").method(attempt.method(),
						attempt.body() == null
								? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofString(attempt.body()));
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (java.io.IOException e) {
			// the server may answer early and close the connection on a body it will not
			// read: a refusal, counted apart (as status 0) so the figures stay honest
			return 0;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty()
					? List.of("GET", "POST")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (String method : names) {
					Route route = new Route(method, pattern);
					if (route.isApi()) {
						endpoints.add(new Endpoint(route, entry.getValue()));
					}
				}
			}
		}
		endpoints.sort((a, b) -> a.route().toString().compareTo(b.route().toString()));
		return endpoints;
	}

	/**
	 * The ids of things the member can reach, per the word before the variable
	 * ({@code /communities/{id}} takes a community's id).
	 */
	private Map<String, Long> realIds() {
		Api member = Api.as(port, "member34@example.org");
		Map<String, Long> ids = new LinkedHashMap<>();
		var community = member.post("/api/v1/communities",
				Api.json(Map.of("name", "Fuzz circle " + SEED + "-" + System.nanoTime(), "purpose", "Input testing",
						"visibility", "PUBLIC", "joinPolicy", "OPEN")));
		assertThat(community.status()).as(community.toString()).isEqualTo(201);
		ids.put("communities", community.json().get("id").asLong());
		var thread = member.post("/api/v1/communities/" + ids.get("communities") + "/threads",
				Api.json(Map.of("kind", "QUESTION", "title", "A question", "body", "What now?")));
		assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
		ids.put("threads", thread.json().get("id").asLong());
		var reply = member.post("/api/v1/threads/" + ids.get("threads") + "/replies",
				Api.json(Map.of("kind", "BUILDS_ON", "body", "An answer")));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		ids.put("replies", reply.json().get("reply").get("id").asLong());
		var entry = member.post("/api/v1/journal/entries", Api.json(Map.of("title", "A day", "body", "Learned")));
		if (entry.status() == 201 && entry.json().has("id")) {
			ids.put("entries", entry.json().get("id").asLong());
		}
		ids.put("practitioners", member.get("/api/v1/me").json().get("practitionerId").asLong());
		return ids;
	}

	private String fill(Route route, Map<String, Long> real, String fallback) {
		String pattern = route.pattern();
		Map<String, Object> values = new LinkedHashMap<>();
		for (String name : route.variables()) {
			int at = pattern.indexOf("{" + name);
			String before = pattern.substring(0, at - 1);
			String word = before.substring(before.lastIndexOf('/') + 1);
			Long id = real.get(word);
			values.put(name, fallback != null ? fallback : id != null ? id : 1L);
		}
		return route.fill(values, 1);
	}

	private List<Attempt> attempts(Endpoint endpoint, Map<String, Long> real) {
		Route route = endpoint.route();
		List<Attempt> attempts = new ArrayList<>();
		Class<?> bodyType = null;
		List<String[]> query = new ArrayList<>();
		for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				bodyType = parameter.getParameterType();
			} else if (parameter.hasParameterAnnotation(RequestParam.class)) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				String name = !param.name().isEmpty()
						? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
				query.add(new String[]{name});
			} else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
				query.add(new String[]{"page"});
				query.add(new String[]{"size"});
				query.add(new String[]{"sort"});
			} else if (!parameter.hasParameterAnnotation(PathVariable.class)
					&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
				// a query object: its fields are query parameters
				for (String name : propertyNames(parameter.getParameterType())) {
					query.add(new String[]{name});
				}
			}
		}
		boolean hasBody = bodyType != null || route.changesState();
		String plainBody = hasBody ? "{}" : null;
		String path = fill(route, real, null);

		// path variables that are not ids
		if (!route.variables().isEmpty()) {
			for (String bad : BAD_PATH_VALUES) {
				attempts.add(new Attempt(route.method(), fill(route, real, bad), plainBody));
			}
		}
		// query parameters out of range
		for (String[] param : query) {
			for (String bad : BAD_QUERY_VALUES) {
				attempts.add(new Attempt(route.method(),
						path + "?" + param[0] + "="
								+ (bad.startsWith("%") ? bad : URLEncoder.encode(bad, StandardCharsets.UTF_8)),
						plainBody));
			}
		}
		if (!query.isEmpty()) {
			attempts.add(new Attempt(route.method(), path + "?" + HUGE_PAGE, plainBody));
			attempts.add(new Attempt(route.method(), path + "?page=-1&size=1000000&sort=nothing,sideways", plainBody));
			attempts.add(new Attempt(route.method(), path + "?sort=id;drop%20table%20accounts", plainBody));
		}
		if (!hasBody) {
			return attempts;
		}
		// bodies that are not the JSON expected
		for (String body : List.of("", "{", "}", "null", "[]", "\"text\"", "123", "true", "{\"a\":", "{'a':1}",
				"{\"a\":1,}", "\u0000", "{\"\u0000\":\"\u0000\"}", "[".repeat(5000) + "]".repeat(5000),
				"{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "[" + "1,".repeat(300_000) + "1]",
				"\"" + "x".repeat(ONE_MEGABYTE + 10) + "\"")) {
			attempts.add(new Attempt(route.method(), path, body));
		}
		if (bodyType != null) {
			List<Property> properties = properties(bodyType);
			// every field at once 1 MB long
			Map<String, Object> huge = new LinkedHashMap<>();
			for (Property p : properties) {
				huge.put(p.name(), "\u00e9\u4e2d".repeat(ONE_MEGABYTE / 2));
			}
			attempts.add(new Attempt(route.method(), path, Api.json(huge)));
			// each field alone with every kind of wrong value, the rest valid-looking
			long someId = real.get("practitioners");
			for (Property p : properties) {
				for (Object value : wrongValues(p, someId)) {
					Map<String, Object> body = new LinkedHashMap<>();
					body.put(p.name(), value);
					attempts.add(new Attempt(route.method(), path, Api.json(body)));
				}
				if (numeric(p.type())) {
					// past what a double holds: not writable from a Java number
					attempts.add(new Attempt(route.method(), path, "{\"" + p.name() + "\":1e309}"));
				}
				// a record inside the body: each of its fields with its own wrong values
				if (p.type().isRecord() && !p.type().getName().startsWith("java.")) {
					for (Property inner : properties(p.type())) {
						for (Object value : innerValues(inner, someId)) {
							Map<String, Object> nested = new LinkedHashMap<>();
							nested.put(inner.name(), value);
							attempts.add(new Attempt(route.method(), path, Api.json(Map.of(p.name(), nested))));
						}
					}
				}
			}
			// a body that could be accepted, but for one list holding a null, a duplicate
			// or an extreme number: only then does the list reach the code behind
			for (Property p : properties) {
				if (Collection.class.isAssignableFrom(p.type())) {
					for (Object inside : insideLists(someId)) {
						Map<String, Object> body = plausible(properties, real);
						body.put(p.name(), inside);
						attempts.add(new Attempt(route.method(), path, Api.json(body)));
					}
				}
			}
			// and generated mixtures
			for (int i = 0; i < GENERATED_BODIES_PER_ENDPOINT; i++) {
				Map<String, Object> body = new LinkedHashMap<>();
				for (Property p : properties) {
					body.put(p.name(), generated.next());
				}
				attempts.add(new Attempt(route.method(), path, Api.json(body)));
			}
		}
		return attempts;
	}

	record Property(String name, Class<?> type) {
	}

	private static List<Property> properties(Class<?> type) {
		if (type.isRecord()) {
			List<Property> list = new ArrayList<>();
			for (RecordComponent c : type.getRecordComponents()) {
				list.add(new Property(c.getName(), c.getType()));
			}
			return list;
		}
		List<Property> list = new ArrayList<>();
		for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
			for (Field f : t.getDeclaredFields()) {
				if (!Modifier.isStatic(f.getModifiers())) {
					list.add(new Property(f.getName(), f.getType()));
				}
			}
		}
		return list;
	}

	private static List<String> propertyNames(Class<?> type) {
		if (type.getName().startsWith("java.") || type.isPrimitive() || type.getName().startsWith("jakarta.")
				|| type.getName().startsWith("org.springframework.")) {
			return List.of();
		}
		return properties(type).stream().map(Property::name).toList();
	}

	/**
	 * Values of the wrong kind for this field, and values of its kind that are out
	 * of range.
	 */
	private static List<Object> wrongValues(Property p, long someId) {
		List<Object> values = new ArrayList<>(List.of("not a number", 123, List.of(1, 2), Map.of("a", 1), true));
		values.add(null);
		Class<?> t = p.type();
		if (t == String.class) {
			values.add("x".repeat(ONE_MEGABYTE + 1));
			values.add("\u0000\u202e\ud83d\ude00 \uFFFF");
			values.add("   ");
		} else if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
			values.add(new java.math.BigInteger("99999999999999999999"));
			values.add(-1);
			values.add(Integer.MIN_VALUE);
			values.add(Integer.MAX_VALUE);
			values.add(Long.MAX_VALUE);
			values.add(1e308);
			values.add(11);
		} else if (Temporal.class.isAssignableFrom(t) || t.getName().startsWith("java.time.")) {
			values.addAll(List.of("2026-13-45", "24:61", "yesterday", "+999999999-12-31", "-999999999-01-01"));
		} else if (t.isEnum()) {
			values.addAll(List.of("NOT_A_CHOICE", "",
					t.getEnumConstants().length > 0 ? t.getEnumConstants()[0].toString().toLowerCase() : "x"));
		} else if (Collection.class.isAssignableFrom(t)) {
			values.add(java.util.Collections.nCopies(100_000, 99999999));
			values.add(java.util.Collections.nCopies(3, (Object) null));
			values.add(List.of("x".repeat(100_000)));
		}
		if (Collection.class.isAssignableFrom(t)) {
			values.addAll(insideLists(someId));
		}
		return values;
	}

	/**
	 * Nulls and duplicates inside a list: alone, after a real id, the same real id
	 * twice, and the extreme numbers.
	 */
	static List<Object> insideLists(long someId) {
		List<Object> nullAfterId = new ArrayList<>();
		nullAfterId.add(someId);
		nullAfterId.add(null);
		List<Object> justNull = new ArrayList<>();
		justNull.add(null);
		return List.of(justNull, nullAfterId, List.of(someId, someId), List.of(1, 1, 1),
				List.of(Integer.MAX_VALUE, -1, Long.MAX_VALUE));
	}

	/**
	 * A value of each field's kind that a request could accept: text, a real id (by
	 * the field's name) or 1, the first choice, a date to come, false.
	 */
	private static Map<String, Object> plausible(List<Property> properties, Map<String, Long> real) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (Property p : properties) {
			Class<?> t = p.type();
			String word = p.name().replaceAll("Ids?$", "").toLowerCase();
			Long id = real.entrySet().stream().filter(e -> e.getKey().startsWith(word)).map(Map.Entry::getValue)
					.findFirst().orElse(1L);
			if (t == String.class) {
				body.put(p.name(), "Fuzz " + p.name());
			} else if (t == boolean.class || t == Boolean.class) {
				body.put(p.name(), false);
			} else if (numeric(t)) {
				body.put(p.name(), p.name().endsWith("Id") || p.name().equals("version") ? id : 2);
			} else if (t.isEnum() && t.getEnumConstants().length > 0) {
				body.put(p.name(), t.getEnumConstants()[0].toString());
			} else if (t == java.time.LocalDate.class) {
				body.put(p.name(), "2027-03-01");
			} else if (t == java.time.Instant.class) {
				body.put(p.name(), "2027-03-01T10:00:00Z");
			} else if (Collection.class.isAssignableFrom(t)) {
				body.put(p.name(), List.of());
			}
		}
		return body;
	}

	/** For a field of a record inside the body: extremes of its own kind. */
	private static List<Object> innerValues(Property p, long someId) {
		List<Object> values = new ArrayList<>();
		values.add(null);
		values.add("not a number");
		if (numeric(p.type())) {
			values.addAll(List.of(Integer.MAX_VALUE, -1, 11, Integer.MIN_VALUE, Long.MAX_VALUE));
		} else if (Collection.class.isAssignableFrom(p.type())) {
			values.addAll(insideLists(someId));
		}
		return values;
	}

	private static String abbreviate(String text) {
		String shown = text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " chars)" : text;
		return shown.replace("\u0000", "\\0");
	}
}
