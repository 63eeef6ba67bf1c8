/*
 * A load driver for Constellation: signed-in users on virtual threads, each with its own HTTP
 * client (its own connections and cookies), in a closed loop, and exact percentiles from every
 * latency recorded. No dependencies; run it with JDK 25's source launcher:
 *
 *   java bench/load/LoadDriver.java base=http://127.0.0.1:18181 users-file=users.txt [name=value ...]
 *
 * Two apps (two sizes of the constellation, say) are compared in one run by giving base and
 * users-file a comma-separated value each, and names for their tables:
 *
 *   java bench/load/LoadDriver.java base=http://127.0.0.1:18181,http://127.0.0.1:18182 \
 *     users-file=users-1000.txt,users-100000.txt names=1000,100000
 *
 * Each endpoint is then warmed up on every app and measured on each in turn, there and back
 * (A B B A, half the duration each time), so that a machine changing speed during the run weighs
 * on every app alike; the run ends with throughput on the last app against the first.
 *
 * routes: bench mode measures every GET route of bench/load/routes.tsv (the application's own
 * routes: LoadRoutesIT keeps the file equal to its handler mappings), each requested by the kind
 * of person the file names; routes=main measures the eleven main pages listed below instead.
 *
 * users-file: one person a line, "who email name=id ...", who being member, convener, steward,
 * sponsor or visitor (not signed in); each {name} of a route's path is filled from the person's ids
 * (bench/load/lib.sh writes them from the national dataset). A route whose ids no person of its
 * kind has is listed as not measured. The older "email community thread partnership" line is read
 * as a member's. Every signed-in user signs in for real before the run: the sign-in form with its
 * CSRF token (a session for the pages) and, with that password over basic authentication, a
 * personal access token for the API (bearer); members who need it make their calendar link.
 * Settings:
 *
 *   mode       bench (default): each endpoint in turn, a warm-up, then measured on its own (on
 *              each app in turn when there are several);
 *              timeline: all endpoints mixed, counts per second (for fault checks);
 *              write: every user posts replies to its thread through the API and logs each
 *              acknowledged one (2xx, with the reply's id) to ack-file
 *   users      concurrent users (default 64; at most the lines of users-file, reused in turn)
 *   duration   measured seconds per endpoint (bench) or in all (timeline, write), default 30
 *   warmup     seconds of warm-up per endpoint before it is measured (default 10); in timeline
 *              mode, seconds of the mix before the timeline starts
 *   prewarm    bench mode: seconds of all endpoints mixed before the first is warmed up and
 *              measured (default 30), so that the first endpoints measured do not pay for the
 *              just-started JVM compiling the code every page shares
 *   routes     bench/load/routes.tsv (default) or main
 *   only       bench mode: a regular expression; only the routes whose pattern it finds
 *   endpoints  comma-separated names (default: all, in the order below)
 *   password   the users' password (default constellation)
 *   timeout    seconds before a request counts as failed (default 10)
 *   ack-file   write mode: where acknowledged writes go, "id" a line (default acks.txt)
 *   errors-file timeline mode: every failed request, "sent answered status endpoint" a line (epoch
 *              ms; status -1 for no answer)
 *   stop-file  write mode: the users stop once this file exists (duration is then the most)
 *   label      a heading printed above the table
 *   names      bench mode with several apps: a name for each, in the order of base (default A, B...)
 *
 * An error is any answer outside 2xx/3xx, a timeout or a transport failure. Redirects are not
 * followed: a 3xx is counted as an answer and also shown on its own (a page that redirects to the
 * sign-in would show there).
 */

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class LoadDriver {

	/** What a request needs: the session (pages), the bearer token (API), or nothing (a visitor). */
	enum Auth {
		SESSION, BEARER, NONE
	}

	static final Pattern NAMED_ID = Pattern.compile("\\{([A-Za-z]+)}");

	/**
	 * One route under load: who requests it (member, convener, steward, sponsor or visitor, the
	 * first field of a users-file line) and its path, each {name} filled from that user's ids.
	 */
	record Endpoint(String name, Auth auth, String path, String why, String who) {
		Endpoint(String name, Auth auth, String path, String why) {
			this(name, auth, path, why, "member");
		}

		/** The path for this user, or null when the user has no id of a name it needs. */
		String pathFor(User u) {
			Matcher m = NAMED_ID.matcher(path);
			StringBuilder filled = new StringBuilder();
			while (m.find()) {
				String value = u.ids.get(m.group(1));
				if (value == null) {
					return null;
				}
				m.appendReplacement(filled, Matcher.quoteReplacement(value));
			}
			return m.appendTail(filled).toString();
		}

		/** The names of the ids the path needs. */
		List<String> needs() {
			return NAMED_ID.matcher(path).results().map(r -> r.group(1)).toList();
		}
	}

	/**
	 * Every GET route of the application, from bench/load/routes.tsv (which LoadRoutesIT keeps
	 * equal to the application's handler mappings), after the ceiling; the routes left out there
	 * say why in that file.
	 */
	static List<Endpoint> routes(Path file) throws IOException {
		List<Endpoint> routes = new ArrayList<>();
		routes.add(ALL.getFirst());
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			if (!f[0].equals("GET") || f[2].equals("-")) {
				continue;
			}
			Auth auth = f[2].equals("visitor") ? Auth.NONE : f[3].startsWith("/api/") ? Auth.BEARER : Auth.SESSION;
			routes.add(new Endpoint(f[1], auth, f[3], "", f[2]));
		}
		return routes;
	}

	/**
	 * The endpoints, in the order they are measured. The first is the ceiling. The whole map over
	 * the API (/api/v1/constellation) is left out: at 100,000 practitioners it is 33 MiB a call, so
	 * 64 users at once would ask for 2 GiB of bodies from a 1 GiB heap; bench/constellation-bench.sh
	 * times it call by call. The map page's own data (map.json, the most-joined communities) is in.
	 */
	static final List<Endpoint> ALL = List.of(
			new Endpoint("ceiling", Auth.SESSION, "/assets/css/app.css",
					"static file: the same server, filters, security and session, no query, no template"),
			new Endpoint("home", Auth.SESSION, "/", "the home page: what is next for a practitioner"),
			new Endpoint("community", Auth.SESSION, "/communities/{community}", "a community's home page"),
			new Endpoint("thread", Auth.SESSION, "/threads/{thread}", "a thread with its replies"),
			new Endpoint("partnership", Auth.SESSION, "/partnerships/{partnership}", "a partnership's space"),
			new Endpoint("map-page", Auth.SESSION, "/constellation", "the constellation map page"),
			new Endpoint("map-data", Auth.SESSION, "/constellation/map.json", "the data the map page loads"),
			new Endpoint("search", Auth.SESSION, "/communities/{community}/search?q=family", "search in a community"),
			new Endpoint("api-thread", Auth.BEARER, "/api/v1/threads/{thread}/replies", "a thread's replies, API"),
			new Endpoint("api-coverage", Auth.BEARER, "/api/v1/coverage", "the constellation's coverage, API"),
			new Endpoint("api-search", Auth.BEARER, "/api/v1/communities/{community}/search?q=family",
					"search in a community, API"));

	/**
	 * One simulated person: their own client (connections and cookies) and the ids they may
	 * read. A users-file line is "who email name=id name=id ..." (who: member, convener, steward,
	 * sponsor or visitor), or the older "email community thread partnership" of a member.
	 */
	static final class User {
		final String base, who, email, thread;
		final Map<String, String> ids = new LinkedHashMap<>();
		final HttpClient client;
		String token;
		/** When this user last signed in or made a request (System.nanoTime()). */
		volatile long active;

		User(String base, String line, Duration timeout) {
			String[] f = line.split("\\s+");
			this.base = base;
			if (f.length == 4 && !f[1].contains("=") && f[0].contains("@")) {
				this.who = "member";
				this.email = f[0];
				ids.put("community", f[1]);
				ids.put("thread", f[2]);
				ids.put("partnership", f[3]);
			} else {
				this.who = f[0];
				this.email = f.length > 1 ? f[1] : "";
				for (int i = 2; i < f.length; i++) {
					int eq = f[i].indexOf('=');
					ids.put(f[i].substring(0, eq), f[i].substring(eq + 1));
				}
			}
			this.thread = ids.get("thread");
			this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
					.followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
					.connectTimeout(timeout).build();
		}
	}

	/** The latencies of one user on one endpoint: nanoseconds, growing as needed. */
	static final class Recorder {
		long[] nanos = new long[4096];
		int count;
		long errors, redirects;
		/** Where this user's first redirect went: a page that redirects under load has lost its session. */
		String redirectedTo;

		void add(long n) {
			if (count == nanos.length) {
				nanos = Arrays.copyOf(nanos, count * 2);
			}
			nanos[count++] = n;
		}
	}

	/**
	 * One app under load and the people of its users file, by who they are (member, convener
	 * ...); each endpoint is requested by the first {@code users} of them who have every id its
	 * path needs (the same person twice only when fewer have them), signed in when first needed.
	 */
	record Target(String name, Map<String, List<User>> byWho, int size, String password,
			Map<Endpoint, List<User>> chosen) {
		/** The members who request the main pages (and write, in write mode). */
		List<User> users() {
			return usersFor(ALL.getFirst());
		}

		/** The users who request this endpoint: none when nobody of its kind has its ids. */
		List<User> usersFor(Endpoint e) {
			return chosen.computeIfAbsent(e, _ -> {
				List<User> able = byWho.getOrDefault(e.who(), List.of()).stream().filter(u -> u.ids.keySet()
						.containsAll(e.needs().stream().filter(n -> !n.equals("feed")).toList())).limit(size).toList();
				if (able.isEmpty()) {
					return able;
				}
				try {
					List<User> strangers = able.stream().filter(u -> u.token == null).toList();
					if (!e.who().equals("visitor") && !strangers.isEmpty()) {
						signIn(strangers, password);
					}
					if (e.needs().contains("feed")) {
						calendarFeeds(able.stream().filter(u -> !u.ids.containsKey("feed")).toList());
					}
				} catch (Exception failed) {
					throw new IllegalStateException(name + ": could not sign in the users of " + e.name(), failed);
				}
				List<User> some = new ArrayList<>();
				for (int i = 0; i < size; i++) {
					some.add(able.get(i % able.size()));
				}
				return some;
			});
		}

		/**
		 * Signs in again those of the endpoint's users whose session may have lapsed:
		 * a whole run outlasts the app's idle session timeout (30 minutes), and a
		 * person signed in at the start and first asked for a route near the end
		 * would be sent to the sign-in page, a fast answer that is not the route's.
		 */
		void refresh(Endpoint e) throws Exception {
			if (e.who().equals("visitor")) {
				return;
			}
			long stale = System.nanoTime() - 10 * 60 * 1_000_000_000L;
			List<User> lapsing = usersFor(e).stream().distinct().filter(u -> u.active < stale).toList();
			if (!lapsing.isEmpty()) {
				signIn(lapsing, password);
			}
		}

		long people() {
			return byWho.values().stream().flatMap(List::stream).filter(u -> u.token != null).count();
		}
	}

	static Duration timeout;
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new LinkedHashMap<>();
		for (String a : args) {
			int eq = a.indexOf('=');
			if (eq < 0) {
				throw new IllegalArgumentException("use name=value: " + a);
			}
			opt.put(a.substring(0, eq), a.substring(eq + 1));
		}
		String[] bases = opt.getOrDefault("base", "http://127.0.0.1:18181").split(",");
		String[] usersFiles = opt.getOrDefault("users-file", "users.txt").split(",");
		String[] names = opt.containsKey("names") ? opt.get("names").split(",") : new String[0];
		if (usersFiles.length != bases.length) {
			throw new IllegalArgumentException("one users file for each base");
		}
		String mode = opt.getOrDefault("mode", "bench");
		if (bases.length > 1 && !mode.equals("bench")) {
			throw new IllegalArgumentException("several apps at once are for bench mode only");
		}
		int users = Integer.parseInt(opt.getOrDefault("users", "64"));
		int duration = Integer.parseInt(opt.getOrDefault("duration", "30"));
		int warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
		String password = opt.getOrDefault("password", "constellation");
		timeout = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("timeout", "10")));
		// bench mode measures every route of routes.tsv unless routes=main (the main pages below);
		// the other modes mix the main pages
		String routesFile = opt.getOrDefault("routes", "bench/load/routes.tsv");
		List<Endpoint> endpoints = mode.equals("bench") && !routesFile.equals("main") ? routes(Path.of(routesFile))
				: ALL;
		if (opt.containsKey("endpoints")) {
			List<Endpoint> from = endpoints;
			endpoints = new ArrayList<>();
			for (String name : opt.get("endpoints").split(",")) {
				endpoints.add(from.stream().filter(e -> e.name.equals(name.strip())).findFirst()
						.orElseThrow(() -> new IllegalArgumentException("no endpoint " + name)));
			}
		}
		if (opt.containsKey("only")) {
			Pattern only = Pattern.compile(opt.get("only"));
			endpoints = endpoints.stream().filter(e -> e.name.equals("ceiling") || only.matcher(e.name).find())
					.toList();
		}
		List<Target> targets = new ArrayList<>();
		for (int b = 0; b < bases.length; b++) {
			List<String> lines = Files.readAllLines(Path.of(usersFiles[b].strip())).stream().map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
			if (lines.isEmpty()) {
				throw new IllegalArgumentException("the users file " + usersFiles[b] + " is empty");
			}
			String name = b < names.length ? names[b].strip() : String.valueOf((char) ('A' + b));
			Map<String, List<User>> byWho = new LinkedHashMap<>();
			for (String line : lines) {
				User u = new User(bases[b].strip(), line, timeout);
				byWho.computeIfAbsent(u.who, _ -> new ArrayList<>()).add(u);
			}
			Target target = new Target(name, byWho, users, password, new ConcurrentHashMap<>());
			long t = System.nanoTime();
			endpoints.forEach(target::usersFor);
			System.out.printf(Locale.ROOT, "%s: %d people signed in (form with CSRF, and a token each) in %.1f s%n",
					name, target.people(), (System.nanoTime() - t) / 1e9);
			targets.add(target);
		}
		List<User> all = targets.getFirst().users();
		switch (mode) {
			case "bench" -> bench(targets, endpoints, Integer.parseInt(opt.getOrDefault("prewarm", "30")), warmup,
					duration, opt.get("label"));
			case "timeline" -> timeline(all, endpoints, warmup, duration,
					opt.containsKey("errors-file") ? Path.of(opt.get("errors-file")) : null);
			case "write" -> write(all, duration, Path.of(opt.getOrDefault("ack-file", "acks.txt")),
					opt.containsKey("stop-file") ? Path.of(opt.get("stop-file")) : null);
			default -> throw new IllegalArgumentException("no mode " + mode);
		}
	}

	/**
	 * The sign-in page's CSRF token, the form posted with it, then a token over basic authentication.
	 * Four users at a time (each costs two password checks), with a minute for each request.
	 */
	static void signIn(List<User> users, String password) throws Exception {
		var gate = new java.util.concurrent.Semaphore(4);
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<java.util.concurrent.Future<?>> done = new ArrayList<>();
			for (User u : users) {
				done.add(pool.submit(() -> {
					gate.acquire();
					try {
						signIn(u, password);
					} finally {
						gate.release();
					}
					return null;
				}));
			}
			for (var f : done) {
				f.get();
			}
		}
	}

	/**
	 * Each member's private calendar link, made as a person would (POST
	 * /api/v1/me/calendar-feed/reset), kept as the id "feed"; one person's second link replaces
	 * the first, so a person who appears twice keeps the newer.
	 */
	static void calendarFeeds(List<User> users) throws Exception {
		if (users.isEmpty()) {
			return;
		}
		Pattern url = Pattern.compile("/calendar/([^\"/]+)\\.ics");
		Map<String, String> byEmail = new LinkedHashMap<>();
		for (User u : users) {
			if (!byEmail.containsKey(u.email)) {
				HttpResponse<String> made = u.client.send(HttpRequest.newBuilder(URI.create(u.base + "/api/v1/me/calendar-feed/reset"))
						.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + u.token)
						.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
				Matcher m = url.matcher(made.body());
				if (made.statusCode() != 200 || !m.find()) {
					throw new IllegalStateException(u.email + " got no calendar link: " + made.statusCode());
				}
				byEmail.put(u.email, m.group(1));
			}
			u.ids.put("feed", byEmail.get(u.email));
		}
	}

	static void signIn(User u, String password) throws Exception {
		// read as text, so asked for without gzip
		HttpResponse<String> page = u.client.send(HttpRequest.newBuilder(URI.create(u.base + "/sign-in"))
				.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page (" + page.statusCode() + ")");
		}
		String form = "username=" + enc(u.email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> signedIn = u.client.send(HttpRequest.newBuilder(URI.create(u.base + "/sign-in"))
				.timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(u.email + " could not sign in: " + signedIn.statusCode() + " " + location);
		}
		String basic = Base64.getEncoder()
				.encodeToString((u.email + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(u.base + "/api/v1/tokens")).timeout(Duration.ofSeconds(60))
						.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher tm = TOKEN.matcher(created.body());
		if (created.statusCode() != 201 || !tm.find()) {
			throw new IllegalStateException(u.email + " got no token: " + created.statusCode() + " " + created.body());
		}
		u.token = tm.group(1);
		u.active = System.nanoTime();
	}

	/**
	 * Every request says it accepts gzip, as every browser does: the answers the
	 * app keeps gzipped (the map's data, coverage) are then sent so.
	 */
	static HttpRequest.Builder get(User u, String path) {
		return HttpRequest.newBuilder(URI.create(u.base + path)).timeout(timeout).header("Accept-Encoding", "gzip")
				.GET();
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static HttpRequest request(Endpoint e, User u) {
		HttpRequest.Builder b = get(u, e.pathFor(u));
		if (e.auth == Auth.BEARER) {
			b.header("Authorization", "Bearer " + u.token);
		}
		return b.header("Accept", accept(e)).build();
	}

	/**
	 * What a person's client asks for: a download as it is, JSON from the API and
	 * from a formation run's progress (which its page's script reads), else a page.
	 */
	static String accept(Endpoint e) {
		String p = e.path.replaceFirst("\\?.*", "");
		if (p.matches(".*\\.(csv|ics|png|svg|txt|yaml)$") || p.startsWith("/assets/")) {
			return "*/*";
		}
		return e.auth == Auth.BEARER || p.endsWith(".json") || p.endsWith("/progress") || p.startsWith("/v3/")
				? "application/json"
				: "text/html,application/xhtml+xml";
	}

	/** One request: its status, or -1 for a timeout or a transport failure. The body is read and dropped. */
	static int call(HttpClient client, HttpRequest request) {
		HttpResponse<Void> answer = send(client, request);
		return answer == null ? -1 : answer.statusCode();
	}

	/** One request's answer, or null for a timeout or a transport failure. The body is read and dropped. */
	static HttpResponse<Void> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding());
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	static boolean ok(int status) {
		return status >= 200 && status < 400;
	}

	/** Every user in a closed loop on one endpoint until the deadline; one recorder per user. */
	static Recorder[] run(List<User> users, Endpoint e, long nanos) throws Exception {
		Recorder[] recorders = new Recorder[users.size()];
		long end = System.nanoTime() + nanos;
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < users.size(); i++) {
				User u = users.get(i);
				Recorder r = recorders[i] = new Recorder();
				HttpRequest req = request(e, u);
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						long t0 = System.nanoTime();
						u.active = t0;
						HttpResponse<Void> answer = send(u.client, req);
						r.add(System.nanoTime() - t0);
						int status = answer == null ? -1 : answer.statusCode();
						if (!ok(status)) {
							r.errors++;
						} else if (status >= 300) {
							r.redirects++;
							if (r.redirectedTo == null) {
								r.redirectedTo = answer.headers().firstValue("Location").orElse("");
							}
						}
					}
				});
			}
		}
		return recorders;
	}

	/** What one endpoint's measurements on one app add up to. */
	static final class Measured {
		final List<Recorder> recorders = new ArrayList<>();
		double seconds;

		void add(Recorder[] rs, double took) {
			recorders.addAll(List.of(rs));
			seconds += took;
		}

		long count() {
			return recorders.stream().mapToLong(r -> r.count).sum();
		}

		double perSecond() {
			return count() / seconds;
		}

		long[] sorted() {
			long[] all = new long[(int) count()];
			int k = 0;
			for (Recorder r : recorders) {
				System.arraycopy(r.nanos, 0, all, k, r.count);
				k += r.count;
			}
			Arrays.sort(all);
			return all;
		}
	}

	static Measured measure(List<User> users, Endpoint e, long nanos, Measured into) throws Exception {
		long t0 = System.nanoTime();
		Recorder[] rs = run(users, e, nanos);
		into.add(rs, (System.nanoTime() - t0) / 1e9);
		return into;
	}

	/**
	 * Each endpoint warmed up and measured; with several apps, warmed up on each,
	 * then measured on each in turn and back again, half the duration each time.
	 * Right before each visit the ceiling is measured again for a quarter of that
	 * time, and an endpoint's p95 is set against the ceiling measured beside it:
	 * on a shared machine the ceiling measured once, minutes before, met another
	 * machine than the page.
	 */
	static void bench(List<Target> targets, List<Endpoint> routes, int prewarm, int warmup, int duration,
			String label) throws Exception {
		List<Endpoint> endpoints = new ArrayList<>();
		List<String> notMeasured = new ArrayList<>();
		for (Endpoint e : routes) {
			Optional<Target> lacking = targets.stream().filter(t -> t.usersFor(e).isEmpty()).findFirst();
			if (lacking.isEmpty()) {
				endpoints.add(e);
			} else {
				notMeasured.add(String.format("| %s | `%s` | no %s of the %s dataset has %s |", e.name, e.path, e.who(),
						lacking.get().name(), e.needs().isEmpty() ? "signed in" : String.join(", ", e.needs())));
			}
		}
		System.out.printf(Locale.ROOT, "%d routes to measure, %d that the dataset cannot fill%n", endpoints.size(),
				notMeasured.size());
		for (Target t : targets) {
			mix(t, endpoints, prewarm);
		}
		Map<String, List<Measured>> results = new LinkedHashMap<>();
		Map<String, List<Measured>> besides = new LinkedHashMap<>();
		targets.forEach(t -> results.put(t.name(), new ArrayList<>()));
		targets.forEach(t -> besides.put(t.name(), new ArrayList<>()));
		int c = ceilingIndex(endpoints);
		Endpoint ceiling = c < 0 ? null : endpoints.get(c);
		List<Target> there = targets, back = targets.reversed();
		for (Endpoint e : endpoints) {
			for (Target t : targets) {
				t.refresh(e);
				if (warmup > 0) {
					run(t.usersFor(e), e, warmup * 1_000_000_000L);
				}
			}
			Map<String, Measured> now = new LinkedHashMap<>(), beside = new LinkedHashMap<>();
			targets.forEach(t -> now.put(t.name(), new Measured()));
			targets.forEach(t -> beside.put(t.name(), new Measured()));
			long visit = targets.size() == 1 ? duration * 1_000_000_000L : duration * 500_000_000L;
			List<List<Target>> visits = targets.size() == 1 ? List.of(there) : List.of(there, back);
			for (List<Target> order : visits) {
				for (Target t : order) {
					if (ceiling != null && e != ceiling) {
						measure(t.usersFor(ceiling), ceiling, visit / 4, beside.get(t.name()));
					}
					measure(t.usersFor(e), e, visit, now.get(t.name()));
				}
			}
			for (Target t : targets) {
				results.get(t.name()).add(now.get(t.name()));
				Measured besideIt = ceiling == null || e == ceiling ? null : beside.get(t.name());
				besides.get(t.name()).add(besideIt);
				System.out.println("  " + (targets.size() > 1 ? t.name() + " " : "") + row(e, now.get(t.name()), besideIt));
				redirected(now.get(t.name())).ifPresent(where -> System.out.println("    3xx: " + where));
			}
		}
		System.out.println();
		for (Target t : targets) {
			if (label != null) {
				System.out.println(targets.size() > 1 ? t.name() + " " + label : label);
				System.out.println();
			}
			System.out.printf(Locale.ROOT,
					"%d users, %d s of all endpoints mixed, then %d s warm-up and %d s measured per endpoint%s, load average %s%n%n",
					t.users().size(), prewarm, warmup, duration,
					targets.size() > 1 ? " (" + duration / 2.0 + " s twice, there and back among " + targets.size()
							+ " apps)" : "",
					loadAverage());
			System.out.println("| endpoint | path | requests | req/s | p50 ms | p95 ms | p99 ms | max ms "
					+ "| p95 / ceiling p95 (measured beside it) | errors | 3xx |");
			System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
			List<Measured> measured = results.get(t.name());
			for (int i = 0; i < endpoints.size(); i++) {
				System.out.println(row(endpoints.get(i), measured.get(i), besides.get(t.name()).get(i)));
			}
			System.out.println();
		}
		if (targets.size() > 1) {
			String a = targets.getFirst().name(), b = targets.getLast().name();
			List<Measured> first = results.get(a), last = results.get(b);
			System.out.printf(Locale.ROOT, "Throughput at %s against %s, measured in turn:%n%n", b, a);
			System.out.printf("| endpoint | req/s at %s | req/s at %s | ratio | ratio over the ceiling's beside it |%n",
					a, b);
			System.out.println("|---|---|---|---|---|");
			for (int i = 0; i < endpoints.size(); i++) {
				double ratio = last.get(i).perSecond() / first.get(i).perSecond();
				Measured ceilingA = besides.get(a).get(i), ceilingB = besides.get(b).get(i);
				double ceilingRatio = ceilingA == null ? ratio : ceilingB.perSecond() / ceilingA.perSecond();
				System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f%% | %.0f%% |%n", endpoints.get(i).name,
						first.get(i).perSecond(), last.get(i).perSecond(), 100 * ratio, 100 * ratio / ceilingRatio);
			}
		}
		targets(targets, endpoints, results, besides);
		if (!notMeasured.isEmpty()) {
			System.out.println();
			System.out.println("Not measured: the dataset gives no user what the path needs");
			System.out.println();
			System.out.println("| route | path | why |");
			System.out.println("|---|---|---|");
			notMeasured.forEach(System.out::println);
		}
	}

	/**
	 * Every route against the targets: p95 at most 5 times the ceiling's measured beside it on
	 * the largest app (goal 3), throughput there at least 80% of the first app's, and no error or
	 * redirect to the sign-in page. Throughput is set against the ceiling's beside it on each app
	 * (both apps share the machine, and the larger one's heap and collections slow even the static
	 * file); the plain ratio is shown too. Lists the routes that miss one, and counts those that
	 * meet all.
	 */
	static void targets(List<Target> targets, List<Endpoint> endpoints, Map<String, List<Measured>> results,
			Map<String, List<Measured>> besides) {
		String a = targets.getFirst().name(), b = targets.getLast().name();
		List<String> missed = new ArrayList<>();
		int met = 0, goal = 0;
		for (int i = 0; i < endpoints.size(); i++) {
			Measured ceiling = besides.get(b).get(i);
			if (ceiling == null) {
				continue;
			}
			Measured last = results.get(b).get(i), first = results.get(a).get(i);
			double times = ms(pct(last.sorted(), 95)) / ms(pct(ceiling.sorted(), 95));
			double plain = last.perSecond() / first.perSecond();
			Measured ceilingFirst = besides.get(a).get(i);
			double ratio = plain / (ceiling.perSecond() / ceilingFirst.perSecond());
			int k = i;
			long errors = targets.stream().mapToLong(t -> results.get(t.name()).get(k).recorders.stream()
					.mapToLong(r -> r.errors).sum()).sum();
			List<String> why = new ArrayList<>();
			if (times > 5) {
				why.add(String.format(Locale.ROOT, "p95 %.1f× the ceiling", times));
			}
			if (targets.size() > 1 && ratio < 0.8) {
				why.add(String.format(Locale.ROOT, "%.0f%% of the throughput at %s", 100 * ratio, a));
			}
			if (errors > 0) {
				why.add(errors + " errors");
			}
			long signIn = targets.stream().flatMap(t -> results.get(t.name()).get(k).recorders.stream())
					.filter(r -> r.redirectedTo != null && r.redirectedTo.endsWith("/sign-in")).count();
			if (signIn > 0) {
				why.add(signIn + " users sent to sign in");
			}
			if (why.isEmpty()) {
				met++;
				goal += times <= 3 ? 1 : 0;
			} else {
				missed.add(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f× | %.0f%% (%.0f%%) | %s |",
						endpoints.get(i).name, ms(pct(last.sorted(), 95)), times, 100 * ratio, 100 * plain,
						String.join("; ", why)));
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Against the targets at %s: %d routes meet them all (%d of them within the goal of 3× the ceiling), %d miss one%n%n",
				b, met, goal, missed.size());
		if (!missed.isEmpty()) {
			System.out.printf(
					"| route | p95 at %s | against the ceiling | req/s at %s against %s, over the ceiling's (plain) | missed |%n",
					b, b, a);
			System.out.println("|---|---|---|---|---|");
			missed.forEach(System.out::println);
		}
	}

	static int ceilingIndex(List<Endpoint> endpoints) {
		for (int i = 0; i < endpoints.size(); i++) {
			if (endpoints.get(i).name.equals("ceiling")) {
				return i;
			}
		}
		return -1;
	}

	/** A table row; the ratio column against the ceiling measured on the same app (none for the ceiling). */
	static String row(Endpoint e, Measured m, Measured ceiling) {
		long[] all = m.sorted();
		int n = all.length;
		long errors = m.recorders.stream().mapToLong(r -> r.errors).sum();
		long redirects = m.recorders.stream().mapToLong(r -> r.redirects).sum();
		double p95 = ms(pct(all, 95));
		String ratio = ceiling == null ? "-"
				: String.format(Locale.ROOT, "%.1f×", p95 / ms(pct(ceiling.sorted(), 95)));
		return String.format(Locale.ROOT, "| %s | `%s` | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %d | %d |", e.name,
				e.path, n, m.perSecond(), ms(pct(all, 50)), p95, ms(pct(all, 99)), n == 0 ? 0 : ms(all[n - 1]), ratio,
				errors, redirects);
	}

	/** How many users were redirected, and where to (the first place of each), if any was. */
	static Optional<String> redirected(Measured m) {
		Map<String, Long> where = m.recorders.stream().filter(r -> r.redirectedTo != null)
				.collect(Collectors.groupingBy(r -> r.redirectedTo, TreeMap::new,
						Collectors.counting()));
		if (where.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder s = new StringBuilder();
		where.forEach((to, users) -> s.append(s.isEmpty() ? "" : ", ").append(users).append(" users to ").append(to));
		return Optional.of(s.toString());
	}

	/**
	 * Every user going round all the endpoints for that many seconds, no latency
	 * recorded; what did not answer or redirected is counted and said, since a
	 * session lost here shows only later as redirects.
	 */
	static void mix(Target t, List<Endpoint> endpoints, int seconds) throws Exception {
		if (seconds <= 0) {
			return;
		}
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		LongAdder failed = new LongAdder();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (List<User> users : t.byWho().values()) {
				for (User u : users) {
					List<Endpoint> theirs = endpoints.stream().filter(e -> e.who().equals(u.who) && e.pathFor(u) != null)
							.toList();
					if (theirs.isEmpty()) {
						continue;
					}
					pool.submit(() -> {
						for (int j = 0; System.nanoTime() < end; j++) {
							if (!ok(call(u.client, request(theirs.get(j % theirs.size()), u)))) {
								failed.increment();
							}
						}
					});
				}
			}
		}
		if (failed.sum() > 0) {
			System.out.printf(Locale.ROOT, "  every route mixed on %s: %d errors%n", t.name(), failed.sum());
		}
	}

	static void mix(List<User> users, List<Endpoint> endpoints, int seconds) throws Exception {
		if (seconds <= 0) {
			return;
		}
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		LongAdder failed = new LongAdder(), redirected = new LongAdder();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < users.size(); i++) {
				User u = users.get(i);
				int offset = i;
				pool.submit(() -> {
					for (int j = offset; System.nanoTime() < end; j++) {
						int status = call(u.client, request(endpoints.get(j % endpoints.size()), u));
						if (!ok(status)) {
							failed.increment();
						} else if (status >= 300) {
							redirected.increment();
						}
					}
				});
			}
		}
		if (failed.sum() + redirected.sum() > 0) {
			System.out.printf(Locale.ROOT, "  all endpoints mixed on %s: %d errors, %d 3xx%n", users.getFirst().base,
					failed.sum(), redirected.sum());
		}
	}

	/** The nearest-rank percentile of sorted values. */
	static long pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		} catch (IOException e) {
			return "?";
		}
	}

	/**
	 * All endpoints mixed, each user going round them, for the whole duration; prints, per second
	 * since the start, the answers, the errors and the slowest answer of that second. Each request
	 * is counted in the second its answer (or its failure) came.
	 */
	static void timeline(List<User> users, List<Endpoint> endpoints, int warmup, int duration, Path errorsFile)
			throws Exception {
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		mix(users, endpoints, warmup);
		int seconds = duration + (int) timeout.toSeconds() + 2;
		LongAdder[] okPer = new LongAdder[seconds], errPer = new LongAdder[seconds];
		AtomicLong[] maxPer = new AtomicLong[seconds];
		for (int i = 0; i < seconds; i++) {
			okPer[i] = new LongAdder();
			errPer[i] = new LongAdder();
			maxPer[i] = new AtomicLong();
		}
		long start = System.nanoTime(), end = start + duration * 1_000_000_000L;
		System.out.printf(Locale.ROOT, "timeline start %d (epoch ms)%n", System.currentTimeMillis());
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < users.size(); i++) {
				User u = users.get(i);
				int offset = i;
				pool.submit(() -> {
					int j = offset;
					while (System.nanoTime() < end) {
						Endpoint e = endpoints.get(j++ % endpoints.size());
						long t0 = System.nanoTime();
						int status = call(u.client, request(e, u));
						long took = System.nanoTime() - t0;
						int second = (int) Math.min(seconds - 1, (t0 + took - start) / 1_000_000_000L);
						(ok(status) ? okPer : errPer)[second].increment();
						if (!ok(status)) {
							long sentAt = System.currentTimeMillis() - took / 1_000_000L;
							failures.add(sentAt + " " + (sentAt + took / 1_000_000L) + " " + status + " " + e.name);
						}
						maxPer[second].accumulateAndGet(took, Math::max);
					}
				});
			}
		}
		if (errorsFile != null) {
			Files.write(errorsFile, failures);
		}
		System.out.println("| second | answered | errors | slowest ms |");
		System.out.println("|---|---|---|---|");
		for (int s = 0; s < duration; s++) {
			System.out.printf(Locale.ROOT, "| %d | %d | %d | %.0f |%n", s, okPer[s].sum(), errPer[s].sum(),
					ms(maxPer[s].get()));
		}
	}

	/**
	 * Every user posts replies to its thread, one after another, for the whole duration. A reply is
	 * acknowledged by a 201 with its Location; its id is written to the ack file (and flushed) only
	 * then. Stops at the end of the duration or once the stop file exists. Failures (the app gone, a timeout) are counted and the user goes on.
	 */
	static void write(List<User> users, int duration, Path ackFile, Path stopFile) throws Exception {
		LongAdder acked = new LongAdder(), failed = new LongAdder();
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		long end = System.nanoTime() + duration * 1_000_000_000L;
		try (BufferedWriter out = Files.newBufferedWriter(ackFile, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING); var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (User u : users) {
				pool.submit(() -> {
					int n = 0;
					while (System.nanoTime() < end && (stopFile == null || !Files.exists(stopFile))) {
						String body = "{\"kind\":\"REFLECTION\",\"body\":\"Write " + (++n) + " from " + u.email
								+ ": what we tried this week.\"}";
						HttpRequest req = HttpRequest.newBuilder(URI.create(u.base + "/api/v1/threads/" + u.thread + "/replies"))
								.timeout(timeout).header("Authorization", "Bearer " + u.token)
								.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
								.build();
						try {
							HttpResponse<Void> r = u.client.send(req, HttpResponse.BodyHandlers.discarding());
							statuses.computeIfAbsent(r.statusCode(), _ -> new LongAdder()).increment();
							String location = r.headers().firstValue("Location").orElse("");
							if (r.statusCode() == 201 && location.matches(".*/api/v1/replies/\\d+")) {
								String id = location.substring(location.lastIndexOf('/') + 1);
								synchronized (out) {
									out.write(id);
									out.newLine();
									out.flush();
								}
								acked.increment();
							} else {
								failed.increment();
							}
						} catch (IOException e) {
							statuses.computeIfAbsent(-1, _ -> new LongAdder()).increment();
							failed.increment();
							sleep(100);
						} catch (InterruptedException e) {
							return;
						}
					}
				});
			}
		}
		System.out.printf(Locale.ROOT, "writes acknowledged: %d, failed: %d, by status (-1 = no answer): %s%n",
				acked.sum(), failed.sum(), statuses);
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
