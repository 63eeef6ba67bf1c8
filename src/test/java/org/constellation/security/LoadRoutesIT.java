package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.security.AuthorizationMatrixIT.Rule;
import org.constellation.support.Routes;
import org.constellation.support.Routes.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The load harness's list of routes ({@code bench/load/routes.tsv}) is every
 * route the application answers, read from its handler mappings, so that a page
 * added tomorrow is measured under load the day it is added, or listed with the
 * reason it is not.
 * <p>
 * For each route the file says who requests it (a member, a convener, a
 * steward, a sponsor or a visitor who is not signed in, chosen from the access
 * the {@link AuthorizationMatrixIT} checks) and its path with the dataset's ids
 * to fill in ({@code {community}}, {@code {thread}} …: bench/load/lib.sh writes
 * them for each user from the national dataset), or "-" and why it is left out.
 * Run with {@code -Dload.routes.write=true} to rewrite the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadRoutesIT {

	static final Path FILE = Path.of("bench", "load", "routes.tsv");
	static final boolean WRITE = Boolean.getBoolean("load.routes.write");

	/** Who requests a route under load. */
	enum Who {
		MEMBER, CONVENER, STEWARD, SPONSOR, VISITOR
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theHarnessListsEveryRouteOfTheApplication() throws IOException {
		StringBuilder file = new StringBuilder("""
				# Every route of the application, from its own handler mappings: LoadRoutesIT fails when this
				# file is out of date and rewrites it with -Dload.routes.write=true. bench/load/LoadDriver.java
				# measures each line whose third column names who requests it (member, convener, steward,
				# sponsor, or visitor: not signed in), on the path in the fourth, with each {name} filled from
				# that user's line of the users file (bench/load/lib.sh); "-" says the route is left out, and why.
				# method	route	who	path, or why it is left out
				""");
		List<String> unexplained = new ArrayList<>();
		for (Route route : Routes.all(mappings)) {
			String line = line(route);
			if (line == null) {
				unexplained.add(route.toString());
			} else {
				file.append(route.method()).append('\t').append(route.pattern()).append('\t').append(line).append('\n');
			}
		}
		assertThat(unexplained).as("routes the harness cannot place: add them to LoadRoutesIT").isEmpty();
		if (WRITE) {
			Files.writeString(FILE, file);
		}
		assertThat(Files.exists(FILE) ? Files.readString(FILE) : "")
				.as("%s is out of date: run ./mvnw -B failsafe:integration-test@it-postgresql "
						+ "-Dit.test=LoadRoutesIT -Dload.routes.write=true, look at the change and commit it", FILE)
				.isEqualTo(file.toString());
	}

	/**
	 * "who\tpath" for a measured route, "-\twhy" for one left out, null if neither
	 * is known.
	 */
	static String line(Route route) {
		if (route.changesState()) {
			return "-\tchanges what it answers for the next request (the harness reads only, so that every "
					+ "request meets the dataset as it was made; replies are written under load by mode=write)";
		}
		if (route.pattern().equals("/calendar/{secret}.ics")) {
			// calendar apps fetch it again and again: the harness makes each member's link
			// as it signs in
			return "member\t/calendar/{feed}.ics";
		}
		Rule rule = AuthorizationMatrixIT.ruleFor(route);
		if (rule == null) {
			return null;
		}
		return switch (rule) {
			case LINK -> "-\tneeds a secret link sent by mail (an invitation, a reset, an unsubscribe or a calendar "
					+ "feed), which the dataset does not hold";
			case LINE_PARTY -> "-\tthe dataset holds no reporting lines";
			case ERROR_VIEW -> "-\tthe framework's error page, shown only for an error";
			default -> {
				Who who = who(route, rule);
				String path = path(route, who);
				yield path == null ? null : who.name().toLowerCase() + "\t" + path;
			}
		};
	}

	static Who who(Route route, Rule rule) {
		if (route.pattern().equals("/gatherings/{id}/edit")) {
			// its proposer or a convener of its community, whom the dataset names
			return Who.CONVENER;
		}
		return switch (rule) {
			// the home page as the people who use it; the other open pages as a visitor
			case PUBLIC -> route.pattern().equals("/") ? Who.MEMBER : Who.VISITOR;
			// the constellation's figures and reports as the sponsors who read them
			case AGGREGATE -> Who.SPONSOR;
			case CONVENER -> Who.CONVENER;
			case CONVENER_OR_STEWARD -> route.pattern().contains("/communities/") ? Who.CONVENER : Who.STEWARD;
			case STEWARD -> Who.STEWARD;
			case SPONSOR -> Who.SPONSOR;
			default -> Who.MEMBER;
		};
	}

	/**
	 * The user's ids each kind of path names, by where in the path a variable
	 * stands.
	 */
	private static final Map<String, String> ID_BY_PREFIX = new LinkedHashMap<>();

	static {
		ID_BY_PREFIX.put("/partnerships/", "partnership");
		ID_BY_PREFIX.put("/communities/", "community");
		// an edit page as the person who wrote the piece
		ID_BY_PREFIX.put("/threads/{id}/edit", "myThread");
		ID_BY_PREFIX.put("/artifacts/{id}/edit", "myArtifact");
		ID_BY_PREFIX.put("/practice-work/{id}/edit", "myWork");
		ID_BY_PREFIX.put("/value-stories/{id}/edit", "myStory");
		ID_BY_PREFIX.put("/threads/", "thread");
		ID_BY_PREFIX.put("/replies/", "reply");
		ID_BY_PREFIX.put("/gatherings/", "gathering");
		ID_BY_PREFIX.put("/artifacts/", "artifact");
		ID_BY_PREFIX.put("/glossary-terms/", "term");
		ID_BY_PREFIX.put("/practice-work/", "work");
		ID_BY_PREFIX.put("/value-stories/", "story");
		ID_BY_PREFIX.put("/journey/journal/", "entry");
		ID_BY_PREFIX.put("/journal/entries/", "entry");
		ID_BY_PREFIX.put("/journey/bewilderments/", "bewilderment");
		ID_BY_PREFIX.put("/journal/bewilderments/", "bewilderment");
		ID_BY_PREFIX.put("/steward/journey-stages/", "stage");
		ID_BY_PREFIX.put("/journey/stages/", "stage");
		ID_BY_PREFIX.put("/formation/", "run");
		ID_BY_PREFIX.put("/formation-runs/", "run");
		ID_BY_PREFIX.put("/opening-scripts/", "script");
		ID_BY_PREFIX.put("/social-artists/", "socialArtist");
		ID_BY_PREFIX.put("/practitioners/", "practitioner");
		ID_BY_PREFIX.put("/notifications/", "notice");
		ID_BY_PREFIX.put("/portfolio/issues/", "issue");
		ID_BY_PREFIX.put("/issues/", "issue");
		ID_BY_PREFIX.put("/portfolio/places/", "place");
		ID_BY_PREFIX.put("/places/", "place");
		ID_BY_PREFIX.put("/scales/", "level");
	}

	/**
	 * The route's path with each variable named after the user's id that fills it,
	 * and the query a read needs to answer at all; null when a variable has no name
	 * here.
	 */
	static String path(Route route, Who who) {
		String p = route.pattern().replaceFirst("^/api/v1", "");
		Map<String, Object> values = new LinkedHashMap<>();
		for (String variable : route.variables()) {
			if (variable.equals("step")) {
				// a charter's first step
				values.put(variable, "name");
				continue;
			}
			String name = switch (variable) {
				case "id" -> idName(p);
				case "practitionerId" -> p.startsWith("/partnerships/") ? "partner" : "practitioner";
				case "n" -> "session";
				case "routineId" -> p.startsWith("/partnerships/") ? "routine" : "libraryRoutine";
				case "commitmentId" -> "commitment";
				default -> null;
			};
			if (name == null) {
				return null;
			}
			values.put(variable, "{" + name + "}");
		}
		return route.fill(values, "") + query(route.pattern());
	}

	private static String idName(String p) {
		for (var e : ID_BY_PREFIX.entrySet()) {
			String prefix = e.getKey();
			if (prefix.contains("{") ? p.equals(prefix) : p.startsWith(prefix)) {
				return e.getValue();
			}
		}
		return null;
	}

	/** The query parameters a read needs, or that a person would send. */
	static String query(String pattern) {
		return switch (pattern) {
			case "/communities/{id}/search", "/api/v1/communities/{id}/search" -> "?q=family";
			case "/api/v1/places/search" -> "?q=spring";
			case "/portfolio/places/suggestions" -> "?where=spring";
			case "/partnerships/{id}/frames/compare", "/api/v1/partnerships/{id}/frames/compare" ->
				"?practitionerId={partner}&from={frame}&to={frame}";
			default -> "";
		};
	}
}
