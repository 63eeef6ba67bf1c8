package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.Routes;
import org.constellation.support.Routes.Route;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A one-time secret (a reset link, an invitation, an access token, a calendar
 * feed, an unsubscribe link) reaches only its owner: it is in their mail or in
 * the one answer that made it, and in no log line, and no page or API answer
 * shows it to a steward, who sees the most of anyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OneTimeSecretsIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static String secretIn(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as("%s in %s", regex, text).isTrue();
		return m.group(1);
	}

	@Test
	void secretsAreInNoLogLineAndInNoAnswerToASteward(CapturedOutput output) {
		Map<String, String> secrets = new LinkedHashMap<>();
		String email = "secrets." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		assertThat(Api.anonymous(port)
				.post("/api/v1/accounts",
						Api.json(Map.of("email", email, "displayName", "Sam Secret", "password", "constellation")))
				.status()).isEqualTo(201);
		Api owner = Api.as(port, email);

		var before = Mailbox.seen();
		new WebSession(port).submit("/password-reset", "/password-reset", Map.of("email", email));
		secrets.put("reset link", secretIn(Mailbox.since(before).stream().filter(m -> m.recipient().equals(email))
				.findFirst().orElseThrow().body(), "/password-reset/([A-Za-z0-9_-]{20,})"));

		// a convener invites someone by email into a members-only community
		Api convener = Api.as(port, "member41@example.org");
		long issue = convener.get("/api/v1/issues?size=1").json().get("content").get(0).get("id").asLong();
		long place = convener.get("/api/v1/places?size=1").json().get("content").get(0).get("id").asLong();
		long group = convener.get("/api/v1/stakeholder-groups").json().get(0).get("id").asLong();
		String name = "Secret keepers " + UUID.randomUUID().toString().substring(0, 8);
		var community = convener.post("/api/v1/communities",
				Api.json(Map.of("name", name, "purpose", "Learning together", "issueIds", List.of(issue),
						"stakeholderGroupIds", List.of(group), "placeIds", List.of(place), "activities",
						List.of("CONVERSATIONS"), "practice", "We meet monthly.", "visibility", "MEMBERS", "joinPolicy",
						"INVITATION", "legitimacy", "I have done this work for years.")));
		assertThat(community.status()).as(community.toString()).isEqualTo(201);
		long communityId = community.json().get("id").asLong();
		before = Mailbox.seen();
		assertThat(convener
				.post("/api/v1/communities/" + communityId + "/invitations", Api.json(Map.of("email", email))).status())
				.isEqualTo(202);
		secrets.put("invitation", secretIn(Mailbox.since(before).stream().filter(m -> m.recipient().equals(email))
				.findFirst().orElseThrow().body(), "/communities/invitations/([A-Za-z0-9_-]{20,})"));

		var token = Api.basic(port, email, "constellation").post("/api/v1/tokens", "{\"name\":\"mine\"}");
		secrets.put("access token", token.json().get("token").asString());
		secrets.put("calendar feed",
				secretIn(owner.post("/api/v1/me/calendar-feed/reset", null).body(), "/calendar/([^/.\"]{20,})\\.ics"));

		// every page and API read a steward can open, the ids filled with this
		// community's; and the owner's profile
		long practitioner = owner.get("/api/v1/me").json().get("practitionerId").asLong();
		Api steward = Api.as(port, "steward@example.org");
		WebSession stewardPages = WebSession.signedIn(port, "steward@example.org");
		List<String> leaks = new ArrayList<>();
		List<String> paths = new ArrayList<>(List.of("/api/v1/outbox", "/api/v1/outbox?size=100", "/steward/outbox",
				"/practitioners/" + practitioner, "/api/v1/practitioners/" + practitioner, "/api/v1/accounts?size=100",
				"/steward/accounts"));
		for (Route route : Routes.all(mappings)) {
			if (!route.changesState() && !route.pattern().contains("{secret}")
					&& !route.pattern().contains("{token}")) {
				paths.add(route.fill(Map.of(), communityId));
			}
		}
		for (String path : paths.stream().distinct().toList()) {
			String body = path.startsWith("/api/") ? steward.get(path).body() : stewardPages.get(path).body();
			secrets.forEach((what, secret) -> {
				if (body != null && body.contains(secret)) {
					leaks.add(what + " in GET " + path);
				}
			});
		}
		assertThat(leaks).as("secrets a steward read").isEmpty();

		// nothing written to the log while all this happened carries one
		String log = output.getAll();
		assertThat(secrets)
				.allSatisfy((what, secret) -> assertThat(log).as(what + " in the log").doesNotContain(secret));
	}
}
