package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What partners say is theirs. Every page and API route of a partnership's
 * space, taken from the application's own list of routes (so a new one cannot
 * be forgotten), is read by every role: the partners read it; an invitee sees
 * only the invitation; a former partner, a member outside, a convener, a
 * steward and a sponsor find nothing (404, and not a word of its content); a
 * stranger is asked to sign in. Notices reach the partners alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipPrivacyIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every GET route inside one partnership, pages and API. */
	private List<String> spaceRoutes() {
		return mappings.getHandlerMethods().keySet().stream()
				.filter(info -> info.getMethodsCondition().getMethods().isEmpty()
						|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
				.flatMap(info -> info.getPatternValues().stream())
				.filter(p -> p.startsWith("/partnerships/{id}") || p.startsWith("/api/v1/partnerships/{id}")).distinct()
				.sorted().toList();
	}

	private static String fill(String route, long id, long practitionerId) {
		return route.replace("{id}", String.valueOf(id)).replace("{practitionerId}", String.valueOf(practitionerId))
				.replaceAll("\\{[^}]+}", "1");
	}

	private static boolean isApi(String route) {
		return route.startsWith("/api/");
	}

	@Test
	void everyRouteOfAPartnershipsSpaceIsReadByItsCurrentPartnersAlone() {
		String secret = UUID.randomUUID().toString();
		Person ana = PartnershipFixtures.newPerson(port, "Private Ana");
		Person ben = PartnershipFixtures.newPerson(port, "Private Ben");
		Person former = PartnershipFixtures.newPerson(port, "Former Fay");
		Person invitee = PartnershipFixtures.newPerson(port, "Invited Ivo");
		Person outsider = PartnershipFixtures.newPerson(port, "Outside Oli");
		long id = PartnershipFixtures.proposed("Focus " + secret, ana, ben, former);
		PartnershipFixtures.accept(id, ben);
		PartnershipFixtures.accept(id, former);
		ana.api().post("/api/v1/partnerships/" + id + "/opening/steps/1/answers",
				Api.json(Map.of("body", "Said inside " + secret)));
		PartnershipFixtures.walkOpening(id, List.of(ana, ben, former));
		PartnershipFixtures.confirmAll(id, List.of(ana, ben, former));
		ana.api().put("/api/v1/partnerships/" + id + "/takeaway", Api.json(Map.of("takeaway", "Kept " + secret)));
		assertThat(former.api().post("/api/v1/partnerships/" + id + "/leave", "").status()).isEqualTo(200);
		ana.api().post("/api/v1/partnerships/" + id + "/invitations",
				Api.json(Map.of("invitees", List.of(invitee.practitionerId()))));

		List<String> routes = spaceRoutes();
		assertThat(routes).as("the space's own routes are found").contains("/partnerships/{id}",
				"/partnerships/{id}/opening", "/api/v1/partnerships/{id}", "/api/v1/partnerships/{id}/opening",
				"/api/v1/partnerships/{id}/export");

		Map<String, Person> apiOutsiders = Map.of("former partner", former, "member outside", outsider, "convener",
				PartnershipFixtures.person(port, "convener@example.org"), "steward",
				PartnershipFixtures.person(port, "steward@example.org"), "sponsor",
				PartnershipFixtures.person(port, "sponsor@example.org"));
		List<String> leaks = new ArrayList<>();
		Map<String, WebSession> pages = new java.util.HashMap<>();
		for (String route : routes) {
			String path = fill(route, id, ana.practitionerId());
			for (var role : apiOutsiders.entrySet()) {
				String body;
				int status;
				if (isApi(route)) {
					var r = role.getValue().api().get(path);
					status = r.status();
					body = r.body();
				} else {
					var r = pages
							.computeIfAbsent(role.getKey(), k -> WebSession.signedIn(port, role.getValue().email()))
							.get(path);
					status = r.status();
					body = r.body();
				}
				// 400 is a question the route could not read (a missing parameter): it says
				// nothing either
				if ((status != 404 && status != 400) || body.contains(secret)) {
					leaks.add(role.getKey() + " " + path + " -> " + status);
				}
			}
			// a stranger is asked to sign in
			if (isApi(route)) {
				int status = Api.anonymous(port).get(path).status();
				if (status != 401) {
					leaks.add("stranger " + path + " -> " + status);
				}
			} else {
				var r = new WebSession(port).get(path);
				if (r.status() != 302 || !r.location().endsWith("/sign-in")) {
					leaks.add("stranger " + path + " -> " + r.status());
				}
			}
			// an invitee sees the invitation (the focus, who is in), never what was said
			var seen = isApi(route)
					? invitee.api().get(path).body()
					: pages.computeIfAbsent("invitee", k -> WebSession.signedIn(port, invitee.email())).get(path)
							.body();
			if (seen.contains("Said inside " + secret) || seen.contains("Kept " + secret)) {
				leaks.add("invitee " + path);
			}
			// and a partner reads every route without a server error
			int partner = isApi(route)
					? ben.api().get(path).status()
					: pages.computeIfAbsent("partner", k -> WebSession.signedIn(port, ben.email())).get(path).status();
			// routes naming only the partnership must answer; deeper ones may name
			// something that is not there
			boolean onlyThePartnership = !route.replaceFirst("\\{id}", "").contains("{");
			if (partner >= 500 || (onlyThePartnership && partner == 404)) {
				leaks.add("partner " + path + " -> " + partner);
			}
		}
		assertThat(leaks).as("routes that answered someone they should not have (or failed a partner)").isEmpty();
		assertThat(ben.api().get("/api/v1/partnerships/" + id + "/opening").body()).contains("Said inside " + secret);

		// notices about the partnership reach its partners and nobody else
		for (var role : apiOutsiders.entrySet()) {
			if (role.getKey().equals("former partner")) {
				continue;
			}
			assertThat(role.getValue().api().get("/api/v1/me/notifications?size=100").body()).as(role.getKey())
					.doesNotContain("/partnerships/" + id + "\"").doesNotContain(secret);
		}
		assertThat(ben.api().get("/api/v1/me/notifications?size=100").body()).contains("/partnerships/" + id);
	}

	@Test
	void aCommunitySeesHowManyPartnershipsMeetInsideItAndNothingTheySay() {
		Person partner = PartnershipFixtures.person(port, "member05@example.org");
		var inside = partner.api().get("/api/v1/partnerships").json().valueStream()
				.filter(l -> !l.get("communityId").isNull()).findFirst().orElseThrow();
		long community = inside.get("communityId").asLong();
		var member = WebSession.signedIn(port, "member06@example.org").get("/communities/" + community);
		assertThat(member.status()).isEqualTo(200);
		assertThat(member.body()).contains("partnership meets here").contains("sessions were held in the last 90 days")
				.doesNotContain(inside.get("focus").asString());
	}
}
