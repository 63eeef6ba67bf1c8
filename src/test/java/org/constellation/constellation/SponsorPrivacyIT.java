package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A sponsor reads every page and every API endpoint the application has (taken
 * from its own handler mappings, so a new route cannot be forgotten), with each
 * path variable filled with the id of a partnership, a members-only community
 * and a thread inside it: nothing said in the partnership or in the
 * members-only conversation ever reaches them, while the constellation's views
 * stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SponsorPrivacyIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private List<String> getRoutes() {
		return mappings.getHandlerMethods().keySet().stream()
				.filter(info -> info.getMethodsCondition().getMethods().isEmpty()
						|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
				.flatMap(info -> info.getPatternValues().stream()).distinct().sorted().toList();
	}

	@Test
	void aSponsorNeverReadsPartnershipContentOrMembersOnlyConversationsOnAnyRoute() {
		String secret = "secret-" + UUID.randomUUID();
		Person ana = PartnershipFixtures.newPerson(port, "Sponsor-proof Ana");
		Person ben = PartnershipFixtures.newPerson(port, "Sponsor-proof Ben");
		long partnership = PartnershipFixtures.proposed("Focus " + secret, ana, ben);
		PartnershipFixtures.accept(partnership, ben);
		ana.api().post("/api/v1/partnerships/" + partnership + "/opening/steps/1/answers",
				Api.json(Map.of("body", "Said inside " + secret)));
		PartnershipFixtures.walkOpening(partnership, List.of(ana, ben));
		PartnershipFixtures.confirmAll(partnership, List.of(ana, ben));
		ana.api().put("/api/v1/partnerships/" + partnership + "/takeaway",
				Api.json(Map.of("takeaway", "Kept " + secret)));

		var community = ana.api().post("/api/v1/communities",
				Api.json(Map.of("name", "Members only " + UUID.randomUUID(), "purpose", "A closed circle", "visibility",
						"MEMBERS", "joinPolicy", "INVITATION")));
		assertThat(community.status()).as(community.toString()).isEqualTo(201);
		long communityId = community.json().get("id").asLong();
		var thread = ana.api().post("/api/v1/communities/" + communityId + "/threads",
				Api.json(Map.of("kind", "STORY", "title", "Inside " + secret, "body", "Only members read " + secret)));
		assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
		long threadId = thread.json().get("id").asLong();

		List<String> routes = getRoutes();
		assertThat(routes).contains("/constellation", "/constellation/coverage", "/api/v1/constellation",
				"/api/v1/coverage", "/communities/{id}/health", "/partnerships/{id}", "/threads/{id}");

		Api sponsorApi = Api.as(port, "sponsor@example.org");
		WebSession sponsorPages = WebSession.signedIn(port, "sponsor@example.org");
		List<String> leaks = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		int read = 0;
		for (String route : routes) {
			Set<String> paths = new LinkedHashSet<>();
			if (route.contains("{")) {
				for (long id : List.of(partnership, communityId, threadId, ana.practitionerId())) {
					paths.add(route.replaceAll("\\{[^}]+}", String.valueOf(id)));
				}
			} else {
				paths.add(route);
			}
			for (String path : paths) {
				if (path.contains("*")) {
					continue;
				}
				int status;
				String body;
				if (path.startsWith("/api/")) {
					var answer = sponsorApi.get(path);
					status = answer.status();
					body = answer.body();
				} else {
					var answer = sponsorPages.get(path);
					status = answer.status();
					body = answer.body();
				}
				read++;
				if (body != null && body.contains(secret)) {
					leaks.add(path + " -> " + status);
				}
				// the error page itself answers with the status of the error it shows
				if (status >= 500 && !path.equals("/error")) {
					failures.add(path + " -> " + status);
				}
			}
		}
		assertThat(read).isGreaterThan(100);
		assertThat(leaks).as("what the sponsor could read").isEmpty();
		assertThat(failures).as("server errors").isEmpty();

		// what a sponsor may see is open to them
		for (String open : List.of("/constellation", "/constellation/coverage", "/constellation/health",
				"/communities/" + communityId + "/health")) {
			assertThat(sponsorPages.get(open).status()).as(open).isEqualTo(200);
		}
		for (String open : List.of("/api/v1/constellation", "/api/v1/coverage", "/api/v1/community-health")) {
			assertThat(sponsorApi.get(open).status()).as(open).isEqualTo(200);
		}
	}
}
