package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.constellation.support.Api;
import org.constellation.support.FormationFixtures;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
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
import tools.jackson.databind.JsonNode;

/**
 * Every page and API endpoint, for every role, against the access the
 * permissions say (docs/permissions.md, "How this is checked").
 * <p>
 * The routes come from the application's own handler mappings; the expected
 * access is the {@link #RULES} table below, one rule per route (an exact route,
 * or the longest matching {@code /**} prefix). A route without a rule fails the
 * test with the line to add, and a rule that matches no route fails it too.
 * <p>
 * The fixtures are fresh: a members-only community (thread, reply, gathering,
 * artifact, glossary term, practice work, value story, all written by its
 * member), a partnership with opening answers, a session with a note, a
 * check-in and a commitment, from which one partner stepped out, and a journal
 * entry of each person. Every piece carries its own secret string.
 * <p>
 * What is checked, for each route and each of the eight roles:
 * <ul>
 * <li>GET: allowed gives 2xx (a page may also redirect); denied gives 401, 403
 * or 404 (a stranger on a page is sent to sign in); for every role, allowed or
 * not, the body holds no secret the role may not read, and nothing answers
 * 5xx.</li>
 * <li>POST, PUT, PATCH, DELETE: each denied role sends the request (a page form
 * with a valid CSRF token of its own session, the API with its token and a
 * plausible JSON body) and gets 401, 403 or 404 (a stranger on a page: the
 * sign-in redirect); a fingerprint of every table, taken before and after the
 * route's denied requests, shows that nothing was stored. Allowed roles are not
 * sent a state-changing request (what they may do is the subject of each
 * module's own tests), so the fixtures stay as they are.</li>
 * </ul>
 * Rules with nobody allowed among these roles ({@link Rule#LINK},
 * {@link Rule#LINE_PARTY}) are filled with an unknown secret or id.
 * <p>
 * The matrix is printed to stdout and written to
 * {@code target/authorization-matrix-<database>.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixIT {

	/** The eight roles, as columns of the matrix. */
	enum Role {
		STRANGER, MEMBER, NON_MEMBER, PARTNER, FORMER_PARTNER, CONVENER, STEWARD, SPONSOR
	}

	/** Who may use a route, in the words of docs/permissions.md. */
	enum Rule {
		/** Anyone, signed in or not. */
		PUBLIC(EnumSet.allOf(Role.class)),
		/** Everyone signed in. */
		SIGNED_IN(EnumSet.complementOf(EnumSet.of(Role.STRANGER))),
		/**
		 * Everyone signed in, sponsors included: charters, counts and reports, never
		 * what members write.
		 */
		AGGREGATE(EnumSet.complementOf(EnumSet.of(Role.STRANGER))),
		/**
		 * Everyone signed in who takes part as a practitioner (a member or a steward
		 * account), not a sponsor.
		 */
		PRACTITIONER(EnumSet.complementOf(EnumSet.of(Role.STRANGER, Role.SPONSOR))),
		/** Readers of the members-only community: its members and conveners. */
		COMMUNITY_READER(EnumSet.of(Role.MEMBER, Role.CONVENER)),
		/**
		 * Those who write in the community: its members and conveners (never a steward
		 * or sponsor who is not a member).
		 */
		COMMUNITY_MEMBER(EnumSet.of(Role.MEMBER, Role.CONVENER)),
		/**
		 * The author of the piece (the member wrote every piece) and the community's
		 * conveners, who tend it with them.
		 */
		AUTHOR_OR_CONVENER(EnumSet.of(Role.MEMBER, Role.CONVENER)),
		/** The community's conveners. */
		CONVENER(EnumSet.of(Role.CONVENER)),
		/**
		 * Conveners (of the community, or of any for boundary spanners) and stewards.
		 */
		CONVENER_OR_STEWARD(EnumSet.of(Role.CONVENER, Role.STEWARD)),
		/** Current partners of the partnership. */
		PARTNER(EnumSet.of(Role.PARTNER)),
		/**
		 * Whoever owns the thing named in the path (the member's entry, token, notice,
		 * thread, story …), nobody else.
		 */
		OWNER(EnumSet.of(Role.MEMBER)),
		/** The recipient of the notice named (the partner, who was invited). */
		RECIPIENT(EnumSet.of(Role.PARTNER)),
		/** Stewards. */
		STEWARD(EnumSet.of(Role.STEWARD)),
		/** Sponsors. */
		SPONSOR(EnumSet.of(Role.SPONSOR)),
		/**
		 * Whoever holds a secret link (invitation, reset, unsubscribe, calendar feed);
		 * the test holds an unknown one: any answer but a server error, nothing leaked.
		 */
		LINK(EnumSet.noneOf(Role.class)),
		/**
		 * The two people a reporting line names; the test names a line that is not
		 * there, so everyone is refused.
		 */
		LINE_PARTY(EnumSet.noneOf(Role.class)),
		/**
		 * The framework's error view: it answers with the status of the error it shows;
		 * only leaks are checked.
		 */
		ERROR_VIEW(EnumSet.noneOf(Role.class));

		final Set<Role> allowed;

		Rule(Set<Role> allowed) {
			this.allowed = allowed;
		}

		boolean anyOutcome() {
			return this == LINK || this == ERROR_VIEW;
		}
	}

	/**
	 * The expected access of every route: "METHOD pattern" (METHOD may be "*"), the
	 * pattern exact or ending in "/**" for everything below it. An exact entry wins
	 * over a prefix; of two prefixes, the longer wins.
	 */
	static final Map<String, Rule> RULES = new LinkedHashMap<>();

	private static void rule(String key, Rule rule) {
		if (RULES.put(key, rule) != null) {
			throw new IllegalStateException("Two rules for " + key);
		}
	}

	static {
		// signing in, signing up, help, the icon, the API's description
		rule("GET /", Rule.PUBLIC);
		rule("GET /sign-in", Rule.PUBLIC);
		rule("* /sign-up", Rule.PUBLIC);
		rule("* /password-reset", Rule.PUBLIC);
		rule("* /password-reset/{token}", Rule.LINK);
		rule("GET /help", Rule.PUBLIC);
		rule("GET /favicon.ico", Rule.PUBLIC);
		rule("* /error", Rule.ERROR_VIEW);
		rule("* /v3/api-docs/**", Rule.PUBLIC);
		rule("* /v3/api-docs", Rule.PUBLIC);
		// the YAML form is not among the security configuration's open paths
		rule("GET /v3/api-docs.yaml", Rule.SIGNED_IN);
		rule("* /swagger-ui.html", Rule.PUBLIC);
		rule("POST /api/v1/accounts", Rule.PUBLIC);
		rule("POST /api/v1/password-resets", Rule.PUBLIC);
		rule("POST /api/v1/password-resets/{token}", Rule.LINK);

		// one's own account
		rule("* /account/**", Rule.SIGNED_IN);
		rule("GET /account", Rule.SIGNED_IN);
		rule("POST /account/tokens/{id}/revoke", Rule.OWNER);
		rule("* /api/v1/me/**", Rule.SIGNED_IN);
		rule("DELETE /api/v1/me", Rule.SIGNED_IN);
		rule("GET /api/v1/me", Rule.SIGNED_IN);
		rule("* /api/v1/tokens", Rule.SIGNED_IN);
		rule("DELETE /api/v1/tokens/{id}", Rule.OWNER);
		rule("* /notifications/**", Rule.SIGNED_IN);
		rule("GET /notifications", Rule.SIGNED_IN);
		rule("GET /notifications/{id}", Rule.RECIPIENT);
		rule("* /notifications/unsubscribe/{token}", Rule.LINK);
		// one's own profile and "do not match me with" list: a sponsor's account has
		// them too
		// the welcome after signing up: one's own profile, then joining communities
		rule("GET /welcome", Rule.SIGNED_IN);
		rule("* /welcome/profile", Rule.SIGNED_IN);
		rule("* /welcome/concerns", Rule.SIGNED_IN);
		rule("GET /welcome/communities", Rule.SIGNED_IN);
		rule("POST /welcome/communities/{id}", Rule.PRACTITIONER);
		rule("* /profile/**", Rule.SIGNED_IN);
		rule("* /profile", Rule.SIGNED_IN);
		rule("POST /profile/reporting-lines/{id}", Rule.LINE_PARTY);
		rule("* /api/v1/profile/**", Rule.SIGNED_IN);

		// people
		// the directory and profiles: people, so never a sponsor
		rule("* /practitioners/**", Rule.PRACTITIONER);
		rule("GET /practitioners", Rule.PRACTITIONER);
		rule("GET /api/v1/practitioners", Rule.PRACTITIONER);
		rule("GET /api/v1/accounts", Rule.STEWARD);
		// declaring a reporting line, as in the API
		rule("POST /practitioners/{id}/reporting-line", Rule.SIGNED_IN);
		rule("* /api/v1/practitioners/**", Rule.PRACTITIONER);
		rule("* /api/v1/reporting-lines", Rule.SIGNED_IN);
		rule("* /api/v1/reporting-lines/**", Rule.LINE_PARTY);
		rule("* /api/v1/accounts/**", Rule.STEWARD);
		rule("* /steward/**", Rule.STEWARD);

		// the portfolio: read by everyone signed in, changed by stewards
		rule("GET /portfolio/**", Rule.SIGNED_IN);
		rule("GET /portfolio", Rule.SIGNED_IN);
		rule("POST /portfolio/**", Rule.STEWARD);
		rule("GET /portfolio/issues/new", Rule.STEWARD);
		rule("GET /portfolio/issues/{id}/edit", Rule.STEWARD);
		rule("GET /portfolio/places/{id}/edit", Rule.STEWARD);
		for (String resource : List.of("issues", "places")) {
			rule("GET /api/v1/" + resource + "/**", Rule.SIGNED_IN);
		}
		for (String resource : List.of("issues", "places", "scales", "stakeholder-groups")) {
			rule("GET /api/v1/" + resource, Rule.SIGNED_IN);
			rule("* /api/v1/" + resource + "/**", Rule.STEWARD);
			rule("POST /api/v1/" + resource, Rule.STEWARD);
		}

		// communities: charters for everyone signed in, the space for its members
		rule("GET /communities", Rule.SIGNED_IN);
		rule("POST /communities", Rule.PRACTITIONER);
		// the form; convening itself is refused to a sponsor
		rule("GET /communities/new", Rule.SIGNED_IN);
		rule("* /communities/invitations/{secret}", Rule.LINK);
		rule("* /communities/{id}/**", Rule.COMMUNITY_MEMBER);
		rule("GET /communities/{id}/**", Rule.COMMUNITY_READER);
		rule("GET /communities/{id}", Rule.SIGNED_IN);
		rule("* /communities/{id}/charter/{step}", Rule.CONVENER);
		rule("POST /communities/{id}/conveners", Rule.CONVENER);
		rule("POST /communities/{id}/conveners/step-down", Rule.CONVENER);
		rule("POST /communities/{id}/invitations", Rule.CONVENER);
		rule("GET /communities/{id}/requests", Rule.CONVENER);
		rule("POST /communities/{id}/requests/{practitionerId}", Rule.CONVENER);
		// the stage for everyone signed in; its history only for readers
		rule("GET /communities/{id}/stage", Rule.SIGNED_IN);
		rule("POST /communities/{id}/stage", Rule.CONVENER);
		rule("GET /communities/{id}/table", Rule.CONVENER_OR_STEWARD);
		rule("POST /communities/{id}/table/{practitionerId}/invitation", Rule.CONVENER);
		rule("POST /communities/{id}/join", Rule.PRACTITIONER);
		// leaving a community one is not in changes nothing
		rule("POST /communities/{id}/leave", Rule.SIGNED_IN);
		rule("POST /communities/{id}/follow", Rule.COMMUNITY_READER);
		rule("GET /communities/{id}/health", Rule.AGGREGATE);
		rule("GET /communities/{id}/value", Rule.SIGNED_IN);
		rule("GET /communities/{id}/value/report", Rule.AGGREGATE);
		rule("GET /communities/{id}/value/report.csv", Rule.AGGREGATE);
		rule("GET /api/v1/communities", Rule.SIGNED_IN);
		rule("POST /api/v1/communities", Rule.PRACTITIONER);
		rule("POST /api/v1/community-invitations/{secret}", Rule.LINK);
		rule("* /api/v1/communities/{id}/**", Rule.COMMUNITY_MEMBER);
		rule("GET /api/v1/communities/{id}/**", Rule.COMMUNITY_READER);
		rule("GET /api/v1/communities/{id}", Rule.SIGNED_IN);
		rule("PUT /api/v1/communities/{id}/charter", Rule.CONVENER);
		rule("* /api/v1/communities/{id}/conveners/**", Rule.CONVENER);
		rule("POST /api/v1/communities/{id}/conveners", Rule.CONVENER);
		rule("POST /api/v1/communities/{id}/invitations", Rule.CONVENER);
		rule("* /api/v1/communities/{id}/requests/**", Rule.CONVENER);
		rule("GET /api/v1/communities/{id}/requests", Rule.CONVENER);
		rule("PUT /api/v1/communities/{id}/stage", Rule.CONVENER);
		rule("* /api/v1/communities/{id}/follow", Rule.COMMUNITY_READER);
		rule("GET /api/v1/communities/{id}/health", Rule.AGGREGATE);
		// one's own membership: 404 when there is none
		rule("GET /api/v1/communities/{id}/membership", Rule.COMMUNITY_MEMBER);
		rule("POST /api/v1/communities/{id}/membership", Rule.PRACTITIONER);
		rule("DELETE /api/v1/communities/{id}/membership", Rule.SIGNED_IN);
		rule("GET /api/v1/communities/{id}/table-recommendations", Rule.CONVENER_OR_STEWARD);
		rule("POST /api/v1/communities/{id}/table-recommendations/{practitionerId}/invitation", Rule.CONVENER);

		// the constellation: charters and counts for everyone signed in, people for
		// conveners and stewards
		rule("GET /constellation/**", Rule.AGGREGATE);
		rule("GET /constellation", Rule.AGGREGATE);
		rule("GET /constellation/boundary-spanners", Rule.CONVENER_OR_STEWARD);
		rule("GET /api/v1/constellation", Rule.AGGREGATE);
		rule("GET /api/v1/constellation/**", Rule.AGGREGATE);
		rule("GET /api/v1/coverage", Rule.AGGREGATE);
		rule("GET /api/v1/coverage.csv", Rule.AGGREGATE);
		rule("GET /api/v1/coverage/gaps", Rule.AGGREGATE);
		rule("GET /api/v1/community-health", Rule.AGGREGATE);
		rule("GET /api/v1/boundary-spanners", Rule.CONVENER_OR_STEWARD);

		// conversations, gatherings, practice work, repertoire, glossary, stories
		rule("* /gatherings/{id}/**", Rule.AUTHOR_OR_CONVENER);
		rule("GET /gatherings/{id}/**", Rule.COMMUNITY_READER);
		rule("* /api/v1/gatherings/{id}/**", Rule.AUTHOR_OR_CONVENER);
		rule("GET /api/v1/gatherings/{id}/**", Rule.COMMUNITY_READER);
		rule("* /artifacts/{id}/**", Rule.AUTHOR_OR_CONVENER);
		rule("GET /artifacts/{id}/**", Rule.COMMUNITY_READER);
		rule("GET /glossary-terms/{id}/edit", Rule.AUTHOR_OR_CONVENER);
		rule("* /practice-work/{id}/**", Rule.AUTHOR_OR_CONVENER);
		rule("GET /practice-work/{id}/**", Rule.COMMUNITY_READER);
		rule("* /api/v1/practice-work/{id}/**", Rule.AUTHOR_OR_CONVENER);
		rule("* /value-stories/{id}/**", Rule.OWNER);
		rule("GET /threads/{id}", Rule.COMMUNITY_READER);
		rule("GET /threads/{id}/edit", Rule.OWNER);
		rule("POST /threads/{id}/edit", Rule.OWNER);
		rule("POST /threads/{id}/follow", Rule.COMMUNITY_READER);
		rule("POST /threads/{id}/replies", Rule.COMMUNITY_MEMBER);
		rule("* /replies/{id}/**", Rule.OWNER);
		rule("GET /api/v1/threads/{id}", Rule.COMMUNITY_READER);
		rule("PUT /api/v1/threads/{id}", Rule.OWNER);
		rule("* /api/v1/threads/{id}/follow", Rule.COMMUNITY_READER);
		rule("* /api/v1/threads/{id}/replies", Rule.COMMUNITY_MEMBER);
		rule("GET /api/v1/threads/{id}/replies", Rule.COMMUNITY_READER);
		rule("GET /api/v1/replies/{id}", Rule.COMMUNITY_READER);
		rule("* /api/v1/replies/{id}/**", Rule.OWNER);
		rule("PUT /api/v1/replies/{id}", Rule.OWNER);
		rule("GET /gatherings", Rule.SIGNED_IN);
		rule("POST /gatherings/calendar-feed", Rule.SIGNED_IN);
		rule("GET /gatherings/{id}", Rule.COMMUNITY_READER);
		rule("POST /gatherings/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("POST /gatherings/{id}/rsvp", Rule.COMMUNITY_MEMBER);
		rule("GET /api/v1/gatherings/{id}", Rule.COMMUNITY_READER);
		rule("PUT /api/v1/gatherings/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("PUT /api/v1/gatherings/{id}/rsvp", Rule.COMMUNITY_MEMBER);
		rule("GET /artifacts/{id}", Rule.COMMUNITY_READER);
		rule("POST /artifacts/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("GET /api/v1/artifacts/{id}", Rule.COMMUNITY_READER);
		rule("* /api/v1/artifacts/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("POST /glossary-terms/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("GET /api/v1/glossary-terms/{id}", Rule.COMMUNITY_READER);
		rule("PUT /api/v1/glossary-terms/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("GET /practice-work/{id}", Rule.COMMUNITY_READER);
		rule("POST /practice-work/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("POST /practice-work/{id}/participation", Rule.COMMUNITY_MEMBER);
		rule("GET /api/v1/practice-work/{id}", Rule.COMMUNITY_READER);
		rule("PUT /api/v1/practice-work/{id}", Rule.AUTHOR_OR_CONVENER);
		rule("* /api/v1/practice-work/{id}/participation", Rule.COMMUNITY_MEMBER);
		rule("GET /value-stories/{id}", Rule.COMMUNITY_READER);
		rule("POST /value-stories/{id}", Rule.OWNER);
		rule("GET /api/v1/value-stories", Rule.SIGNED_IN);
		rule("POST /api/v1/value-stories", Rule.COMMUNITY_MEMBER);
		rule("GET /api/v1/value-stories/{id}", Rule.COMMUNITY_READER);
		rule("* /api/v1/value-stories/{id}", Rule.OWNER);

		// recognition and value
		rule("GET /recognition", Rule.SIGNED_IN);
		rule("GET /social-artists/**", Rule.SIGNED_IN);
		rule("GET /social-artists", Rule.SIGNED_IN);
		rule("POST /social-artists/{id}/endorsements", Rule.SPONSOR);
		rule("POST /endorsements/{id}/withdraw", Rule.SPONSOR);
		rule("GET /api/v1/social-artists/**", Rule.SIGNED_IN);
		rule("GET /api/v1/social-artists", Rule.SIGNED_IN);
		rule("GET /api/v1/endorsements", Rule.SIGNED_IN);
		rule("POST /api/v1/endorsements", Rule.SPONSOR);
		rule("DELETE /api/v1/endorsements/{id}", Rule.SPONSOR);
		rule("GET /value/report", Rule.AGGREGATE);
		rule("GET /value/report.csv", Rule.AGGREGATE);
		rule("GET /api/v1/value-report", Rule.AGGREGATE);
		rule("GET /api/v1/value-report.csv", Rule.AGGREGATE);

		// calendar feed (a secret link)
		rule("GET /calendar/{secret}.ics", Rule.LINK);

		// forming partnerships for a group
		// the runs one started (none for most)
		rule("GET /formation", Rule.SIGNED_IN);
		rule("POST /formation", Rule.CONVENER_OR_STEWARD);
		rule("GET /formation/new", Rule.CONVENER_OR_STEWARD);
		rule("* /formation/{id}/**", Rule.CONVENER_OR_STEWARD);
		rule("GET /formation/{id}", Rule.CONVENER_OR_STEWARD);
		rule("GET /api/v1/formation-runs", Rule.SIGNED_IN);
		rule("POST /api/v1/formation-runs", Rule.CONVENER_OR_STEWARD);
		rule("POST /api/v1/formation-runs/preview", Rule.CONVENER_OR_STEWARD);
		rule("* /api/v1/formation-runs/{id}/**", Rule.CONVENER_OR_STEWARD);
		rule("GET /api/v1/formation-runs/{id}", Rule.CONVENER_OR_STEWARD);

		// partnerships: the space is its current partners' alone
		rule("GET /partnerships", Rule.SIGNED_IN);
		// any practitioner may propose a partnership; a sponsor takes no part in one
		rule("POST /partnerships", Rule.PRACTITIONER);
		rule("GET /partnerships/new", Rule.SIGNED_IN);
		rule("* /partnerships/{id}/**", Rule.PARTNER);
		rule("GET /partnerships/{id}", Rule.PARTNER);
		rule("GET /api/v1/partnerships", Rule.SIGNED_IN);
		rule("POST /api/v1/partnerships", Rule.PRACTITIONER);
		rule("GET /api/v1/partnerships/open", Rule.SIGNED_IN);
		rule("* /api/v1/partnerships/{id}/**", Rule.PARTNER);
		rule("GET /api/v1/partnerships/{id}", Rule.PARTNER);
		rule("* /opening-scripts/**", Rule.STEWARD);
		rule("GET /opening-scripts/**", Rule.SIGNED_IN);
		rule("GET /opening-scripts", Rule.SIGNED_IN);
		rule("POST /opening-scripts", Rule.CONVENER_OR_STEWARD);
		rule("GET /opening-scripts/new", Rule.CONVENER_OR_STEWARD);
		rule("GET /opening-scripts/{id}/edit", Rule.STEWARD);
		rule("GET /api/v1/opening-scripts/**", Rule.SIGNED_IN);
		rule("GET /api/v1/opening-scripts", Rule.SIGNED_IN);
		rule("POST /api/v1/opening-scripts", Rule.CONVENER_OR_STEWARD);
		rule("POST /api/v1/opening-scripts/{id}/versions", Rule.STEWARD);
		rule("GET /api/v1/routines/**", Rule.SIGNED_IN);
		rule("GET /api/v1/routines", Rule.SIGNED_IN);

		// journeys: the author's alone
		rule("* /journey/**", Rule.PRACTITIONER);
		rule("GET /journey", Rule.PRACTITIONER);
		rule("* /journey/journal/{id}/**", Rule.OWNER);
		rule("GET /journey/journal/{id}", Rule.OWNER);
		rule("POST /journey/journal/{id}", Rule.OWNER);
		rule("* /journey/bewilderments/{id}/**", Rule.OWNER);
		rule("GET /journey/bewilderments/{id}", Rule.OWNER);
		rule("* /api/v1/journal/**", Rule.PRACTITIONER);
		rule("* /api/v1/journal/entries/{id}/**", Rule.OWNER);
		rule("* /api/v1/journal/entries/{id}", Rule.OWNER);
		rule("* /api/v1/journal/bewilderments/{id}/**", Rule.OWNER);
		rule("* /api/v1/journal/bewilderments/{id}", Rule.OWNER);
		rule("* /api/v1/journey/**", Rule.PRACTITIONER);
		rule("DELETE /api/v1/journey/milestones/{id}", Rule.OWNER);
		rule("DELETE /api/v1/journey/reflections/{id}", Rule.OWNER);
		rule("GET /api/v1/journey/stages", Rule.SIGNED_IN);
		rule("POST /api/v1/journey/stages", Rule.STEWARD);
		rule("* /api/v1/journey/stages/{id}/**", Rule.STEWARD);
		rule("* /api/v1/journey/stages/{id}", Rule.STEWARD);
	}

	/**
	 * A token's "last used" changes by design on any request (sessions and the
	 * scheduler's locks are left out by
	 * {@link org.constellation.support.Tables#ALWAYS_LEFT_OUT}).
	 */
	private static final Set<String> CHANGING_BY_DESIGN = Set.of("access_tokens");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Someone acting in one role: their API client and their browser session. */
	private record Actor(Api api, WebSession pages, String csrf) {
	}

	/** One cell of the matrix. */
	private record Cell(boolean allowed, String actual, boolean ok) {
	}

	private final Map<String, Object> ids = new HashMap<>();
	/** Each secret and the roles that may read it. */
	private final Map<String, Set<Role>> secrets = new LinkedHashMap<>();

	private String secret(String what, Set<Role> readers) {
		String s = "secret-" + what + "-" + UUID.randomUUID();
		secrets.put(s, readers);
		return s;
	}

	@Test
	void everyRouteAnswersEveryRoleAsThePermissionsSayAndLeaksNothing() throws Exception {
		List<Route> routes = Routes.all(mappings);
		List<String> failures = new ArrayList<>();
		Map<Route, Rule> rules = new LinkedHashMap<>();
		for (Route route : routes) {
			Rule rule = ruleFor(route);
			if (rule == null) {
				failures.add("No rule for " + route + ": add rule(\"" + route + "\", Rule.…) to "
						+ "AuthorizationMatrixIT.RULES (see docs/permissions.md for who may use it)");
			} else {
				rules.put(route, rule);
			}
		}
		Set<String> used = new TreeSet<>();
		for (Route route : routes) {
			String key = matchingKey(route);
			if (key != null) {
				used.add(key);
			}
		}
		for (String key : RULES.keySet()) {
			if (!used.contains(key)) {
				failures.add("Rule " + key + " matches no route: remove it or correct its pattern");
			}
		}
		// the routes without a rule are reported with everything else, at the end
		routes = routes.stream().filter(rules::containsKey).toList();

		Map<Role, Actor> actors = fixtures();
		Map<Route, Map<Role, Cell>> matrix = new LinkedHashMap<>();
		long started = System.nanoTime();
		for (Route route : routes) {
			if (route.changesState()) {
				continue;
			}
			Rule rule = rules.get(route);
			Map<Role, Cell> row = new EnumMap<>(Role.class);
			String path = path(route);
			for (Role role : Role.values()) {
				Actor actor = actors.get(role);
				int status;
				String body;
				String location = "";
				if (route.isApi()) {
					var r = actor.api().get(path);
					status = r.status();
					body = r.body();
				} else {
					var r = actor.pages().get(path, accept(route));
					status = r.status();
					body = r.body();
					location = r.location();
				}
				row.put(role, judge(route, rule, role, path, status, location, body, failures));
			}
			matrix.put(route, row);
		}
		long readsTook = System.nanoTime() - started;

		started = System.nanoTime();
		long before = Writes.mark();
		for (Route route : routes) {
			if (!route.changesState()) {
				continue;
			}
			Rule rule = rules.get(route);
			Map<Role, Cell> row = new EnumMap<>(Role.class);
			String path = path(route);
			boolean sent = false;
			for (Role role : Role.values()) {
				if (rule.allowed.contains(role) && !rule.anyOutcome()) {
					row.put(role, new Cell(true, "-", true));
					continue;
				}
				Actor actor = actors.get(role);
				int status;
				String body;
				String location = "";
				if (route.isApi()) {
					String json = body(route);
					var r = switch (route.method()) {
						case "POST" -> actor.api().post(path, json);
						case "PUT" -> actor.api().put(path, json);
						case "DELETE" -> actor.api().delete(path);
						default -> throw new IllegalStateException("No client for " + route);
					};
					status = r.status();
					body = r.body();
				} else {
					Map<String, String> fields = form(route);
					fields.put("_csrf", actor.csrf());
					var r = actor.pages().post(path, fields);
					status = r.status();
					body = r.body();
					location = r.location();
				}
				sent = true;
				row.put(role, judge(route, rule, role, path, status, location, body, failures));
			}
			if (sent) {
				var changed = Writes.since(before, CHANGING_BY_DESIGN);
				if (!changed.isEmpty()) {
					failures.add("STORED " + route + " (refused roles) changed " + changed);
				}
				before = Writes.mark();
			}
			matrix.put(route, row);
		}
		long writesTook = System.nanoTime() - started;

		String table = print(matrix, rules);
		String database = System.getProperty("constellation.it.database", "h2");
		Path out = Path.of("target", "authorization-matrix-" + database + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table + "\n\nReads took " + readsTook / 1_000_000 + " ms, refused writes "
				+ writesTook / 1_000_000 + " ms.\n\nFailures:\n" + String.join("\n", failures) + "\n");
		System.out.println(table);
		System.out.printf("Authorization matrix: %d routes x %d roles; reads %d ms, refused writes %d ms%n",
				matrix.size(), Role.values().length, readsTook / 1_000_000, writesTook / 1_000_000);

		assertThat(failures).as("cells that differ from the rules, leaks, server errors, stored writes (see %s)", out)
				.isEmpty();
	}

	/** Judges one answer; records what is wrong. */
	private Cell judge(Route route, Rule rule, Role role, String path, int status, String location, String body,
			List<String> failures) {
		String actual = status + (status / 100 == 3 && location.endsWith("/sign-in") ? "→sign-in" : "");
		boolean allowed = rule.allowed.contains(role);
		boolean ok;
		if (status >= 500 && rule != Rule.ERROR_VIEW) {
			ok = false;
		} else if (rule.anyOutcome()) {
			ok = true;
		} else if (allowed) {
			ok = status / 100 == 2 || (!route.isApi() && status / 100 == 3 && !location.endsWith("/sign-in"));
		} else {
			ok = status == 401 || status == 403 || status == 404
					|| (role == Role.STRANGER && !route.isApi() && status == 302 && location.endsWith("/sign-in"));
		}
		List<String> leaked = new ArrayList<>();
		if (body != null) {
			for (var s : secrets.entrySet()) {
				if (!s.getValue().contains(role) && body.contains(s.getKey())) {
					leaked.add(s.getKey().replaceAll("-[0-9a-f-]{36}$", ""));
				}
			}
		}
		if (!ok) {
			failures.add(route + " as " + role + " (" + path + "): expected " + (allowed ? "allowed" : "refused")
					+ " by " + rule + ", got " + actual + (status == 400 || status == 422 ? " " + snippet(body) : ""));
		}
		if (!leaked.isEmpty()) {
			failures.add("LEAK " + route + " as " + role + " (" + path + "): " + leaked);
			ok = false;
			actual += " LEAK";
		}
		return new Cell(allowed, actual, ok);
	}

	private static String snippet(String body) {
		return body == null ? "" : body.substring(0, Math.min(240, body.length())).replaceAll("\\s+", " ");
	}

	/** The rule key that decides a route, or null. */
	static String matchingKey(Route route) {
		for (String method : List.of(route.method(), "*")) {
			String exact = method + " " + route.pattern();
			if (RULES.containsKey(exact)) {
				return exact;
			}
		}
		String best = null;
		int length = -1;
		for (String key : RULES.keySet()) {
			if (!key.endsWith("/**")) {
				continue;
			}
			String method = key.substring(0, key.indexOf(' '));
			String prefix = key.substring(key.indexOf(' ') + 1, key.length() - 3);
			boolean methodMatches = method.equals("*") || method.equals(route.method());
			if (methodMatches && route.pattern().startsWith(prefix + "/")) {
				// a method-specific prefix beats "*" with the same prefix
				int score = prefix.length() * 2 + (method.equals("*") ? 0 : 1);
				if (score > length) {
					length = score;
					best = key;
				}
			}
		}
		return best;
	}

	static Rule ruleFor(Route route) {
		String key = matchingKey(route);
		return key == null ? null : RULES.get(key);
	}

	/** Fills the route's path variables, by name and by where in the path. */
	private String path(Route route) {
		Map<String, Object> values = new HashMap<>();
		String p = route.pattern().replaceFirst("^/api/v1", "");
		for (String variable : route.variables()) {
			values.put(variable, value(p, variable, route));
		}
		// a wildcard pattern is read at its root
		return route.fill(values, "0").replace("/**", "").replace("*", "x") + query(route);
	}

	private Object value(String p, String variable, Route route) {
		return switch (variable) {
			case "id" -> idFor(p, route);
			case "practitionerId" -> p.startsWith("/partnerships/") ? ids.get("partnerPid") : ids.get("nonMemberPid");
			case "partnershipId" -> ids.get("partnership");
			case "n" -> ids.get("session");
			case "commitmentId" -> ids.get("commitment");
			case "routineId" -> p.startsWith("/partnerships/") ? ids.get("routine") : ids.get("libraryRoutine");
			case "position" -> 1;
			case "groupId" -> ids.get("group");
			case "step" -> "name";
			case "secret", "token" -> "unknown-" + UUID.randomUUID();
			default -> throw new IllegalStateException(
					"No value for {" + variable + "} in " + route + ": add it to AuthorizationMatrixIT.value");
		};
	}

	private Object idFor(String p, Route route) {
		Map<String, String> byPrefix = new LinkedHashMap<>();
		byPrefix.put("/partnerships/", "partnership");
		byPrefix.put("/communities/", "community");
		byPrefix.put("/welcome/communities/", "community");
		byPrefix.put("/threads/", "thread");
		byPrefix.put("/replies/", "reply");
		byPrefix.put("/gatherings/", "gathering");
		byPrefix.put("/artifacts/", "artifact");
		byPrefix.put("/glossary-terms/", "term");
		byPrefix.put("/practice-work/", "work");
		byPrefix.put("/value-stories/", "story");
		byPrefix.put("/journey/journal/", "entry");
		byPrefix.put("/journal/entries/", "entry");
		byPrefix.put("/journey/bewilderments/", "bewilderment");
		byPrefix.put("/journal/bewilderments/", "bewilderment");
		byPrefix.put("/journey/reflections/", "reflection");
		byPrefix.put("/journey/milestones/", "milestone");
		byPrefix.put("/journey/stages/", "stage");
		byPrefix.put("/steward/journey-stages/", "stage");
		byPrefix.put("/formation/", "run");
		byPrefix.put("/formation-runs/", "run");
		byPrefix.put("/opening-scripts/", "script");
		byPrefix.put("/social-artists/", "convenerPid");
		byPrefix.put("/endorsements/", "endorsement");
		byPrefix.put("/practitioners/", "memberPid");
		byPrefix.put("/account/tokens/", "token");
		byPrefix.put("/tokens/", "token");
		byPrefix.put("/notifications/", "notice");
		byPrefix.put("/portfolio/issues/", "issue");
		byPrefix.put("/issues/", "issue");
		byPrefix.put("/portfolio/places/", "place");
		byPrefix.put("/places/", "place");
		byPrefix.put("/portfolio/levels/", "level");
		byPrefix.put("/scales/", "level");
		byPrefix.put("/portfolio/stakeholder-groups/", "group-of-people");
		byPrefix.put("/stakeholder-groups/", "group-of-people");
		byPrefix.put("/steward/accounts/", "memberAccount");
		byPrefix.put("/accounts/", "memberAccount");
		byPrefix.put("/reporting-lines/", "unknown");
		byPrefix.put("/profile/reporting-lines/", "unknown");
		for (var e : byPrefix.entrySet()) {
			if (p.startsWith(e.getKey())) {
				Object value = ids.get(e.getValue());
				if (value == null) {
					throw new IllegalStateException("No " + e.getValue() + " made for " + route);
				}
				return value;
			}
		}
		throw new IllegalStateException("No value for {id} in " + route + ": add its prefix to AuthorizationMatrixIT");
	}

	/** What a page route answers with: HTML, or the download it is. */
	private static String accept(Route route) {
		String p = route.pattern();
		if (p.endsWith(".csv") || p.endsWith(".ics") || p.endsWith(".yaml")) {
			return "*/*";
		}
		if (p.endsWith(".json") || p.endsWith("/progress") || p.startsWith("/v3/")) {
			return "application/json";
		}
		return "text/html,application/xhtml+xml";
	}

	/** Query parameters some reads need to answer at all. */
	private String query(Route route) {
		return switch (route.pattern()) {
			case "/api/v1/partnerships/{id}/frames/compare", "/partnerships/{id}/frames/compare" ->
				"?practitionerId=" + ids.get("partnerPid") + "&from=" + ids.get("frame") + "&to=" + ids.get("frame");
			case "/api/v1/scales/{id}/move" -> "?direction=broader";
			default -> "";
		};
	}

	/**
	 * A form any page may be sent: the fields forms ask for, with valid values, so
	 * that what refuses a request is the access policy, not the input.
	 */
	private Map<String, String> form(Route route) {
		Map<String, String> f = new LinkedHashMap<>();
		for (String text : List.of("title", "body", "name", "text", "note", "purpose", "description", "displayName",
				"meaning", "goal", "line", "reflection", "legitimacy", "message")) {
			f.put(text, "Matrix");
		}
		f.put("term", "Matrix " + UUID.randomUUID());
		// someone who has an account, so that an invitation reaches the access check
		f.put("email", String.valueOf(ids.get("nonMemberEmail")));
		f.put("relation", "I_SUPERVISE");
		f.put("retired", "false");
		f.put("practitionerId", String.valueOf(ids.get("nonMemberPid")));
		f.put("socialArtistId", String.valueOf(ids.get("convenerPid")));
		f.put("partnershipId", String.valueOf(ids.get("partnership")));
		f.put("follow", "true");
		f.put("participation", "CORE");
		f.put("decision", "approve");
		f.put("approve", "true");
		f.put("stage", "POTENTIAL");
		f.put("pinned", "true");
		f.put("response", "YES");
		f.put("open", "true");
		f.put("step", "1");
		f.put("direction", "broader");
		f.put("action", route.pattern().contains("practice-work") ? "join" : "step");
		f.put("status",
				route.pattern().contains("practice")
						? "PROPOSED"
						: route.pattern().contains("commitments") ? "KEPT" : "ACTIVE");
		f.put("answer", "confirm");
		f.put("helped", "true");
		f.put("kind", route.pattern().contains("replies")
				? "BUILDS_ON"
				: route.pattern().contains("repertoire") || route.pattern().contains("artifacts") ? "TOOL" : "STORY");
		f.put("version", "0");
		f.put("levelId", String.valueOf(ids.get("level")));
		f.put("levelIds", String.valueOf(ids.get("level")));
		f.put("timeZone", "UTC");
		return f;
	}

	/** A plausible JSON body for an API write, so that validation is passed. */
	private String body(Route route) {
		Map<String, Object> json = new HashMap<>();
		json.put("title", "Matrix");
		json.put("body", "Matrix");
		json.put("name", "Matrix");
		json.put("purpose", "Matrix");
		json.put("text", "Matrix");
		json.put("note", "Matrix");
		json.put("term", "Matrix " + UUID.randomUUID());
		json.put("meaning", "Matrix");
		json.put("focus", "Matrix");
		json.put("whyHere", "Matrix");
		json.put("line", "Matrix");
		json.put("takeaway", "Matrix");
		json.put("reflection", "Matrix");
		json.put("description", "Matrix");
		json.put("attending", true);
		json.put("affirmTenets", true);
		json.put("trust", "CONFIRMED");
		json.put("communityId", ids.get("community"));
		json.put("partnershipId", ids.get("partnership"));
		json.put("socialArtistId", ids.get("convenerPid"));
		json.put("practitionerId", ids.get("nonMemberPid"));
		json.put("invitees", List.of(ids.get("nonMemberPid")));
		json.put("emails", List.of("someone@example.org"));
		json.put("date", LocalDate.now().plusDays(7).toString());
		json.put("time", "15:00");
		json.put("timeZone", "UTC");
		json.put("durationMinutes", 60);
		json.put("minSize", 2);
		json.put("preferredSize", 2);
		json.put("maxSize", 3);
		json.put("timeLimitSeconds", 2);
		json.put("version", 0);
		json.put("stageId", ids.get("stage"));
		json.put("reflectedOn", LocalDate.now().toString());
		json.put("happenedOn", LocalDate.now().toString());
		json.put("cycles", List.of("IMMEDIATE"));
		json.put("visibility", "COMMUNITY");
		String p = route.pattern();
		json.put("response", "YES");
		json.put("status", p.contains("practice-work") ? "PROPOSED" : p.contains("commitments") ? "KEPT" : "ACTIVE");
		json.put("kind",
				p.contains("artifacts")
						? "TOOL"
						: p.contains("replies") ? "BUILDS_ON" : p.contains("cadence") ? "WEEKLY" : "STORY");
		json.put("visibility", p.startsWith("/api/v1/communities") ? "MEMBERS" : "COMMUNITY");
		json.put("joinPolicy", "OPEN");
		json.put("participation", "CORE");
		json.put("legitimacy", "Matrix");
		json.put("approve", true);
		json.put("email", String.valueOf(ids.get("nonMemberEmail")));
		json.put("stage", "POTENTIAL");
		json.put("roles", List.of("MEMBER"));
		json.put("basedOn", 1);
		json.put("script", Map.of("name", "Matrix", "description", "Matrix", "steps", List.of()));
		json.put("earlier", true);
		json.put("dayOfWeek", "MONDAY");
		json.put("startDate", LocalDate.now().plusDays(1).toString());
		json.put("action", "step");
		json.put("step", 0);
		json.put("levelIds", List.of(ids.get("level")));
		json.put("levelId", ids.get("level"));
		json.put("otherPractitionerId", ids.get("nonMemberPid"));
		json.put("relation", "I_SUPERVISE");
		json.put("pinned", true);
		json.put("openToRequests", true);
		return Api.json(json);
	}

	/** The people, spaces and content of the test, each with its secrets. */
	private Map<Role, Actor> fixtures() {
		Set<Role> communityReaders = EnumSet.of(Role.MEMBER, Role.CONVENER);
		Set<Role> partners = EnumSet.of(Role.PARTNER);

		Person convener = PartnershipFixtures.newPerson(port, "Matrix Convener");
		Person member = PartnershipFixtures.newPerson(port, "Matrix Member");
		Person nonMember = PartnershipFixtures.newPerson(port, "Matrix Outsider");
		Person partner = PartnershipFixtures.newPerson(port, "Matrix Partner");
		Person otherPartner = PartnershipFixtures.newPerson(port, "Matrix Proposer");
		Person former = PartnershipFixtures.newPerson(port, "Matrix Former");
		Person steward = PartnershipFixtures.person(port, "steward@example.org");
		Api sponsor = Api.as(port, "sponsor@example.org");
		ids.put("convenerPid", convener.practitionerId());
		ids.put("memberPid", member.practitionerId());
		ids.put("nonMemberPid", nonMember.practitionerId());
		ids.put("nonMemberEmail", nonMember.email());
		ids.put("partnerPid", partner.practitionerId());
		ids.put("unknown", 999_999_999L);

		// a members-only community and what its member writes in it
		var community = ok(
				convener.api().post("/api/v1/communities", Api.json(Map.of("name", "Matrix circle " + UUID.randomUUID(),
						"purpose", "A closed circle", "visibility", "MEMBERS", "joinPolicy", "OPEN"))),
				201);
		long communityId = community.get("id").asLong();
		ids.put("community", communityId);
		ok(member.api().post("/api/v1/communities/" + communityId + "/membership", "{\"whyHere\":\"To learn\"}"), 200);
		String c = "/api/v1/communities/" + communityId;
		ids.put("thread",
				ok(member.api().post(c + "/threads", Api.json(Map.of("kind", "STORY", "title",
						secret("thread-title", communityReaders), "body", secret("thread-body", communityReaders)))),
						201).get("id").asLong());
		ids.put("reply",
				ok(member.api().post("/api/v1/threads/" + ids.get("thread") + "/replies",
						Api.json(Map.of("kind", "BUILDS_ON", "body", secret("reply", communityReaders)))), 201)
						.get("reply").get("id").asLong());
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS);
		ids.put("gathering", ok(member.api().post(c + "/gatherings",
				Api.json(Map.of("title", secret("gathering", communityReaders), "date", at.toLocalDate().toString(),
						"time", at.toLocalTime().toString(), "timeZone", "UTC", "durationMinutes", 60, "place",
						"Room 4", "agenda", secret("gathering-agenda", communityReaders)))),
				201).get("gathering").get("id").asLong());
		ids.put("artifact",
				ok(member.api().post(c + "/artifacts", Api.json(Map.of("kind", "TOOL", "title",
						secret("artifact", communityReaders), "body", secret("artifact-body", communityReaders)))), 201)
						.get("id").asLong());
		ids.put("term", ok(member.api().post(c + "/glossary", Api.json(
				Map.of("term", secret("term", communityReaders), "meaning", secret("term-meaning", communityReaders)))),
				201).get("id").asLong());
		ids.put("work", ok(member.api().post(c + "/practice-work", Api.json(
				Map.of("title", secret("work", communityReaders), "goal", secret("work-goal", communityReaders)))), 201)
				.get("id").asLong());
		Map<String, Object> story = new HashMap<>();
		story.put("communityId", communityId);
		story.put("title", secret("story", communityReaders));
		story.put("body", secret("story-body", communityReaders));
		story.put("cycles", List.of("IMMEDIATE"));
		story.put("visibility", "COMMUNITY");
		story.put("evidence", "Notes");
		story.put("evidenceLinks", List.of());
		ids.put("story", ok(member.api().post("/api/v1/value-stories", Api.json(story)), 201).get("id").asLong());

		// a partnership with content, from which one partner stepped out
		// the focus is what invitees are told (the former partner was one), and the
		// invitation mail carries it, and no page or API shows mail
		String focus = secret("partnership-focus", EnumSet.of(Role.PARTNER, Role.FORMER_PARTNER));
		long partnership = PartnershipFixtures.proposed(focus, otherPartner, partner, former);
		ids.put("partnership", partnership);
		PartnershipFixtures.accept(partnership, partner);
		PartnershipFixtures.accept(partnership, former);
		String p = "/api/v1/partnerships/" + partnership;
		ok(otherPartner.api().post(p + "/opening/steps/1/answers",
				Api.json(Map.of("body", secret("opening-answer", partners), "affirmTenets", true))), 201);
		// what the former partner wrote stays theirs: the download of their own data
		// carries it after they left (the partnership itself is closed to them)
		Set<Role> partnersAndTheAuthor = EnumSet.copyOf(partners);
		partnersAndTheAuthor.add(Role.FORMER_PARTNER);
		ok(former.api().post(p + "/opening/steps/1/answers",
				Api.json(Map.of("body", secret("former-answer", partnersAndTheAuthor), "affirmTenets", true))), 201);
		List<Person> all = List.of(otherPartner, partner, former);
		PartnershipFixtures.walkOpening(partnership, all);
		PartnershipFixtures.confirmAll(partnership, all);
		ZonedDateTime sessionAt = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
		var session = ok(
				otherPartner.api()
						.post(p + "/sessions",
								Api.json(Map.of("date", sessionAt.toLocalDate().toString(), "time",
										sessionAt.toLocalTime().toString(), "timeZone", "UTC", "durationMinutes", 60))),
				201);
		int n = session.get("session").get("number").asInt();
		ids.put("session", n);
		ok(otherPartner.api().post(p + "/sessions/" + n + "/notes",
				Api.json(Map.of("body", secret("session-note", partners)))), 201);
		ok(otherPartner.api().put(p + "/sessions/" + n + "/check-ins",
				Api.json(Map.of("attending", true, "line", secret("check-in", partners)))), 200);
		ids.put("commitment", ok(otherPartner.api().post(p + "/sessions/" + n + "/commitments",
				Api.json(Map.of("body", secret("commitment", partners)))), 201).get("id").asLong());
		ok(former.api().put(p + "/takeaway",
				Api.json(Map.of("takeaway", secret("former-takeaway", partnersAndTheAuthor)))), 200);
		ok(former.api().post(p + "/leave", ""), 200);
		ids.put("frame",
				ok(partner.api().put(p + "/frames", Api.json(Map.of("body", secret("frame", partners), "basedOn", 0))),
						200).get("id").asLong());
		ids.put("libraryRoutine", partner.api().get("/api/v1/routines").json().get(0).get("id").asLong());
		ids.put("routine",
				ok(partner.api().post(p + "/routines",
						Api.json(Map.of("name", secret("routine", partners), "summary", "Ours", "steps",
								List.of(Map.of("title", "Arrive", "guidance", "Breathe", "minutes", 5))))),
						201).get("id").asLong());

		// each person's own journal entry; the member's bewilderment and reflection
		Map<Role, Person> people = Map.of(Role.MEMBER, member, Role.NON_MEMBER, nonMember, Role.PARTNER, partner,
				Role.FORMER_PARTNER, former, Role.CONVENER, convener, Role.STEWARD, steward);
		for (var e : people.entrySet()) {
			var entry = ok(e.getValue().api().post("/api/v1/journal/entries",
					Api.json(Map.of("title", secret("journal-title-" + e.getKey(), EnumSet.of(e.getKey())), "body",
							secret("journal-body-" + e.getKey(), EnumSet.of(e.getKey()))))),
					201);
			if (e.getKey() == Role.MEMBER) {
				ids.put("entry", entry.get("id").asLong());
			}
		}
		ids.put("bewilderment",
				ok(member.api().post("/api/v1/journal/bewilderments",
						Api.json(Map.of("text", secret("bewilderment", EnumSet.of(Role.MEMBER))))), 201).get("id")
						.asLong());
		long stage = member.api().get("/api/v1/journey/stages").json().get(0).get("id").asLong();
		ids.put("stage", stage);
		ids.put("reflection", ok(member.api()
				.post("/api/v1/journey/reflections", Api.json(Map.of("stageId", stage, "reflectedOn",
						LocalDate.now().toString(), "reflection", secret("reflection", EnumSet.of(Role.MEMBER))))),
				201).get("id").asLong());
		ids.put("milestone",
				ok(member.api().post("/api/v1/journey/milestones", Api.json(Map.of("title",
						secret("milestone", EnumSet.of(Role.MEMBER)), "happenedOn", LocalDate.now().toString()))), 201)
						.get("id").asLong());

		// a sponsor's endorsement of the convener, a run the convener started
		ids.put("endorsement",
				ok(sponsor.post("/api/v1/endorsements",
						Api.json(Map.of("socialArtistId", convener.practitionerId(), "note", "Thank you"))), 201)
						.get("id").asLong());
		for (Person open : List.of(convener, member)) {
			FormationFixtures.profile(open, "Matrix " + open.practitionerId(), "UTC", List.of("English"),
					List.of(FormationFixtures.window("TUESDAY", "15:00", "18:00")), true, List.of(), List.of());
		}
		Map<String, Object> run = new HashMap<>();
		run.put("communityId", communityId);
		run.put("minSize", 2);
		run.put("preferredSize", 2);
		run.put("maxSize", 3);
		run.put("timeLimitSeconds", 1);
		var started = convener.api().post("/api/v1/formation-runs", Api.json(run));
		if (started.status() == 202) {
			long runId = started.json().get("id").asLong();
			ids.put("run", runId);
			JsonNode result = waitForRun(convener.api(), runId);
			ids.put("group",
					result.has("groups") && result.get("groups").size() > 0
							? result.get("groups").get(0).get("id").asLong()
							: 999_999_999L);
		} else {
			throw new IllegalStateException("Could not start a run: " + started);
		}

		// ids of the portfolio and of the member's own things
		Api s = steward.api();
		ids.put("issue", first(s.get("/api/v1/issues").json()));
		ids.put("place", first(s.get("/api/v1/places").json()));
		ids.put("level", first(s.get("/api/v1/scales").json()));
		ids.put("group-of-people", first(s.get("/api/v1/stakeholder-groups").json()));
		ids.put("script", first(s.get("/api/v1/opening-scripts").json()));
		ids.put("token", first(member.api().get("/api/v1/tokens").json()));
		ids.put("memberAccount", member.practitionerId());
		JsonNode notices = partner.api().get("/api/v1/me/notifications").json();
		ids.put("notice", hasItems(notices) ? first(notices) : 999_999_999L);

		Map<Role, Actor> actors = new EnumMap<>(Role.class);
		WebSession stranger = new WebSession(port);
		actors.put(Role.STRANGER, new Actor(Api.anonymous(port), stranger, stranger.csrfFrom("/sign-in")));
		for (var e : people.entrySet()) {
			actors.put(e.getKey(), actor(e.getValue().api(), e.getValue().email()));
		}
		actors.put(Role.SPONSOR, actor(sponsor, "sponsor@example.org"));
		waitForQuiet();
		return actors;
	}

	/**
	 * A sponsor is not a practitioner: every way into a partnership, a community or
	 * a conversation is refused to a sponsor-only account, by its own request or by
	 * someone naming it, and nothing is stored. One sponsor is the demo's; the
	 * other was a member, invited and seated in an opening, when a steward made the
	 * account a sponsor's alone. An account that holds both roles takes part.
	 */
	@Test
	void aSponsorTakesNoPartInsideAPartnershipOrAConversation() {
		Person proposer = PartnershipFixtures.newPerson(port, "Sponsor Test Proposer");
		Person other = PartnershipFixtures.newPerson(port, "Sponsor Test Other");
		Person turned = PartnershipFixtures.newPerson(port, "Sponsor Test Turned");
		Api steward = Api.as(port, "steward@example.org");
		Person sponsor = PartnershipFixtures.person(port, "sponsor@example.org");
		long invitedTo = PartnershipFixtures.proposed("Sponsor test: an invitation", proposer, turned);
		long opening = PartnershipFixtures.proposed("Sponsor test: an opening", proposer, turned);
		PartnershipFixtures.accept(opening, turned);
		Map<String, Object> open = new HashMap<>();
		open.put("focus", "Sponsor test: open to requests");
		open.put("invitees", List.of(other.practitionerId()));
		open.put("openToRequests", true);
		long openToRequests = ok(proposer.api().post("/api/v1/partnerships", Api.json(open)), 201).get("id").asLong();
		long community = ok(proposer.api()
				.post("/api/v1/communities", Api.json(Map.of("name", "Sponsor test circle " + UUID.randomUUID(),
						"purpose", "Open to all", "visibility", "PUBLIC", "joinPolicy", "OPEN"))),
				201).get("id").asLong();
		long thread = ok(proposer.api().post("/api/v1/communities/" + community + "/threads",
				Api.json(Map.of("kind", "STORY", "title", "A story", "body", "Told in the open"))), 201).get("id")
				.asLong();
		long turnedAccount = turned.api().get("/api/v1/me").json().get("accountId").asLong();
		ok(steward.put("/api/v1/accounts/" + turnedAccount + "/roles", Api.json(Map.of("roles", List.of("SPONSOR")))),
				200);
		WebSession sponsorPages = WebSession.signedIn(port, "sponsor@example.org");
		waitForQuiet();

		long before = Writes.mark();
		List<String> failures = new ArrayList<>();
		String p = "/api/v1/partnerships";
		for (Person s : List.of(sponsor, turned)) {
			expect(failures, "a sponsor proposes",
					s.api().post(p,
							Api.json(Map.of("focus", "A sponsor's idea", "invitees", List.of(other.practitionerId())))),
					403, null);
			expect(failures, "a sponsor asks to join",
					s.api().post(p + "/" + openToRequests + "/requests", Api.json(Map.of("message", "May I?"))), 403,
					null);
			expect(failures, "a sponsor joins a community",
					s.api().post("/api/v1/communities/" + community + "/membership", "{\"whyHere\":\"To learn\"}"), 403,
					null);
			expect(failures, "a sponsor follows a community",
					s.api().put("/api/v1/communities/" + community + "/follow", ""), 403, null);
			expect(failures, "a sponsor follows a thread", s.api().put("/api/v1/threads/" + thread + "/follow", ""),
					403, null);
			expect(failures, "a sponsor is proposed to by id",
					proposer.api().post(p,
							Api.json(Map.of("focus", "With a sponsor", "invitees", List.of(s.practitionerId())))),
					422, "invitees");
			expect(failures, "a sponsor is invited into a partnership",
					proposer.api().post(p + "/" + openToRequests + "/invitations",
							Api.json(Map.of("invitees", List.of(s.practitionerId())))),
					422, "invitees");
			String name = s == sponsor ? "Harriet Quinn" : "Sponsor Test Turned";
			var found = proposer.api().get("/api/v1/practitioners?size=100&q=" + name.replace(' ', '+'));
			if (found.body().contains(name)) {
				failures.add("a sponsor is listed in the directory: " + found);
			}
		}
		expect(failures, "a sponsor accepts an invitation", turned.api().post(p + "/" + invitedTo + "/accept", ""), 403,
				null);
		expect(failures, "a sponsor answers an opening step",
				turned.api().post(p + "/" + opening + "/opening/steps/1/answers",
						Api.json(Map.of("body", "A sponsor's answer", "affirmTenets", true))),
				403, null);
		var page = sponsorPages.submit("/partnerships/new", "/partnerships",
				Map.of("focus", "A sponsor's idea", "inviteeEmails[0]", other.email()));
		if (page.status() != 403) {
			failures.add("a sponsor proposes on the page: expected 403, got " + page.status());
		}
		waitForQuiet();
		Writes.since(before, CHANGING_BY_DESIGN).forEach(t -> failures.add("STORED in " + t));
		assertThat(failures).isEmpty();

		// someone who is both a member and a sponsor takes part as a practitioner
		long otherAccount = other.api().get("/api/v1/me").json().get("accountId").asLong();
		ok(steward.put("/api/v1/accounts/" + otherAccount + "/roles",
				Api.json(Map.of("roles", List.of("MEMBER", "SPONSOR")))), 200);
		assertThat(other.api()
				.post(p, Api.json(Map.of("focus", "Both roles", "invitees", List.of(proposer.practitionerId()))))
				.status()).isEqualTo(201);
	}

	private static void expect(List<String> failures, String what, Api.Response response, int status, String field) {
		if (response.status() != status || field != null && !response.body().contains("\"field\":\"" + field + "\"")) {
			failures.add(
					what + ": expected " + status + (field == null ? "" : " naming " + field) + ", got " + response);
		}
	}

	private Actor actor(Api api, String email) {
		WebSession session = WebSession.signedIn(port, email);
		String csrf = session.csrfFrom("/");
		if (csrf == null) {
			csrf = session.csrfFrom("/account");
		}
		return new Actor(api, session, csrf);
	}

	private static JsonNode ok(Api.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + ": " + response);
		}
		return response.json();
	}

	private static boolean hasItems(JsonNode list) {
		JsonNode items = list.has("content") ? list.get("content") : list;
		return items.isArray() && !items.isEmpty();
	}

	private static long first(JsonNode list) {
		JsonNode items = list.has("content") ? list.get("content") : list;
		return items.get(0).get("id").asLong();
	}

	private static JsonNode waitForRun(Api api, long runId) {
		JsonNode result = null;
		for (int i = 0; i < 100; i++) {
			result = api.get("/api/v1/formation-runs/" + runId).json();
			String status = result.get("run").get("status").asString();
			if (!status.equals("RUNNING") && !status.equals("QUEUED") && !status.equals("SOLVING")) {
				return result;
			}
			sleep(200);
		}
		return result;
	}

	/**
	 * Waits until what the fixtures set off in the background (notices, mail) has
	 * been written: nothing is written for a while.
	 */
	private static void waitForQuiet() {
		Writes.awaitQuiet(java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(15));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The matrix as a Markdown table: each cell is the expectation (Y allowed, n
	 * refused, * any answer) and the status seen ("-" not sent), marked "!!" where
	 * they differ.
	 */
	private static String print(Map<Route, Map<Role, Cell>> matrix, Map<Route, Rule> rules) {
		StringBuilder out = new StringBuilder("| route | rule |");
		for (Role role : Role.values()) {
			out.append(' ').append(role.name().toLowerCase().replace('_', ' ')).append(" |");
		}
		out.append("\n|---|---|").append("---|".repeat(Role.values().length)).append('\n');
		for (var row : matrix.entrySet()) {
			Rule rule = rules.get(row.getKey());
			out.append("| `").append(row.getKey()).append("` | ").append(rule).append(" |");
			for (Role role : Role.values()) {
				Cell cell = row.getValue().get(role);
				String expected = rule.anyOutcome() ? "*" : cell.allowed() ? "Y" : "n";
				out.append(' ').append(expected).append(' ').append(cell.actual()).append(cell.ok() ? "" : " !!")
						.append(" |");
			}
			out.append('\n');
		}
		return out.toString();
	}
}
