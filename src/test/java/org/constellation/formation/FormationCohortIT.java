package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.FormationFixtures.awaitFinished;
import static org.constellation.support.FormationFixtures.community;
import static org.constellation.support.FormationFixtures.openPerson;
import static org.constellation.support.FormationFixtures.profile;
import static org.constellation.support.FormationFixtures.window;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Before a run, a convener sees the whole group honestly: the counts add up
 * (everyone = considered + left out), each person left out has the one true
 * reason (not open, no room for another partnership, no language, no weekly
 * hour), the page and the API say the same, and the run that follows forms
 * exactly the people considered. How much each goal matters is given in words
 * or as numbers, by the page and by the API alike. On both databases: the
 * reasons read open partnerships with SQL of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnBothDatabases
class FormationCohortIT {

	@LocalServerPort
	int port;

	record Cohort(Person convener, long communityId, Set<Long> considered, Map<Long, String> reasons) {
	}

	/**
	 * Seven members: two who can be formed, and one for each reason to be left out
	 * (the partnership that fills the full one is with someone outside).
	 */
	private Cohort cohort() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person convener = PartnershipFixtures.newPerson(port, "Cohort Convener " + run);
		profile(convener, "Cohort Convener " + run, "America/New_York", List.of("English"), List.of(), false, List.of(),
				List.of());
		Person ana = openPerson(port, "Ana Able " + run);
		Person ben = openPerson(port, "Ben Able " + run);
		Person closed = PartnershipFixtures.newPerson(port, "Cid Closed " + run);
		profile(closed, "Cid Closed " + run, "America/New_York", List.of("English"),
				List.of(window("TUESDAY", "15:00", "18:00")), false, List.of(), List.of());
		Person full = openPerson(port, "Dee Full " + run);
		PartnershipFixtures.proposed("Already partnered " + run, PartnershipFixtures.newPerson(port, "Out " + run),
				full);
		Person mute = openPerson(port, "Eve Nolanguage " + run);
		profile(mute, "Eve Nolanguage " + run, "America/New_York", List.of(),
				List.of(window("TUESDAY", "15:00", "18:00")), true, List.of(), List.of());
		Person brief = openPerson(port, "Fay Halfhour " + run);
		// half an hour is not long enough for a session
		profile(brief, "Fay Halfhour " + run, "America/New_York", List.of("English"),
				List.of(window("TUESDAY", "15:00", "15:30")), true, List.of(), List.of());
		long communityId = community(convener, List.of(ana, ben, closed, full, mute, brief));
		Map<Long, String> reasons = new HashMap<>();
		reasons.put(closed.practitionerId(), "NOT_OPEN");
		reasons.put(full.practitionerId(), "NO_ROOM");
		reasons.put(mute.practitionerId(), "NO_LANGUAGE");
		reasons.put(brief.practitionerId(), "NO_WINDOW");
		return new Cohort(convener, communityId, Set.of(ana.practitionerId(), ben.practitionerId()), reasons);
	}

	private static Set<Long> ids(JsonNode people) {
		return people.valueStream().map(p -> p.get("practitionerId").asLong()).collect(Collectors.toSet());
	}

	@Test
	void theCountsAddUpAndEachPersonLeftOutHasTheTrueReasonOnThePageAndInTheApi() {
		Cohort c = cohort();
		var answer = c.convener().api().post("/api/v1/formation-runs/preview",
				Api.json(Map.of("communityId", c.communityId())));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode preview = answer.json();
		assertThat(preview.get("total").asInt())
				.isEqualTo(preview.get("considered").asInt() + preview.get("leftOut").asInt());
		assertThat(ids(preview.get("consideredPeople"))).isEqualTo(c.considered());
		Map<Long, String> reasons = new HashMap<>();
		preview.get("leftOutPeople")
				.forEach(p -> reasons.put(p.get("practitionerId").asLong(), p.get("reason").asString()));
		// the convener is a member too, and said they are not open
		assertThat(reasons).containsAllEntriesOf(c.reasons());
		assertThat(reasons.get(c.convener().practitionerId())).isIn(null, "NOT_OPEN");
		int byReason = preview.get("leftOutByReason").valueStream().mapToInt(JsonNode::asInt).sum();
		assertThat(byReason).isEqualTo(preview.get("leftOut").asInt()).isEqualTo(reasons.size());
		assertThat(preview.get("leftOutPeople").valueStream().map(p -> p.get("words").asString())).contains(
				"Already in as many partnerships as they said they can take",
				"Their profile has no weekly window of an hour or more");
		assertThat(answer.body()).as("nothing private is a reason").doesNotContain("supervis").doesNotContain("match");

		// the page says the same
		WebSession browser = WebSession.signedIn(port, c.convener().email());
		String page = browser.get("/formation/new?communityId=" + c.communityId()).body();
		assertThat(page)
				.contains("Of " + preview.get("total").asInt() + " people in this group, 2 will be considered and "
						+ preview.get("leftOut").asInt() + " are left out.")
				.contains("left out: not open to a partnership just now")
				.contains("left out: already in as many partnerships as they can take")
				.contains("left out: no language on their profile").contains("left out: no hour in the week free");

		// the run forms exactly the people considered
		var started = c.convener().api().post("/api/v1/formation-runs",
				Api.json(Map.of("communityId", c.communityId(), "minSize", 2, "maxSize", 2, "timeLimitSeconds", 1)));
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		assertThat(started.json().get("cohortSize").asInt()).isEqualTo(2);
		assertThat(started.json().get("cohort").asString()).endsWith("(2 people considered)");
		JsonNode done = awaitFinished(c.convener().api(), started.json().get("id").asLong());
		assertThat(done.get("groups").get(0).get("memberIds").valueStream().map(JsonNode::asLong)
				.collect(Collectors.toSet())).isEqualTo(c.considered());
		assertThat(done.get("unassigned")).as("nobody left out before the run reappears as not placed").isEmpty();

		// only the community's conveners and stewards see who is in
		Person member = openPerson(port, "Curious Member " + UUID.randomUUID());
		assertThat(member.api().post("/api/v1/formation-runs/preview", Api.json(Map.of("communityId", c.communityId())))
				.status()).isEqualTo(403);
		assertThat(Api.anonymous(port)
				.post("/api/v1/formation-runs/preview", Api.json(Map.of("communityId", c.communityId()))).status())
				.isEqualTo(401);
		assertThat(Api.as(port, "steward@example.org")
				.post("/api/v1/formation-runs/preview", Api.json(Map.of("communityId", c.communityId()))).json()
				.get("total").asInt()).isEqualTo(preview.get("total").asInt());
	}

	@Test
	void weightsInWordsOrNumbersMeanTheSameOnThePageAndInTheApi() {
		Person convener = PartnershipFixtures.newPerson(port, "Weights Convener " + UUID.randomUUID());
		long communityId = community(convener, List.of(openPerson(port, "W One " + UUID.randomUUID()),
				openPerson(port, "W Two " + UUID.randomUUID())));
		Api api = convener.api();

		Map<String, Object> words = new LinkedHashMap<>();
		words.put("sharedConcerns", "very important");
		words.put("stakeholderDiversity", "IMPORTANT");
		words.put("levelDiversity", "not-important");
		words.put("newPairs", 6);
		words.put("preferredSize", "Not Important");
		var byApi = api.post("/api/v1/formation-runs",
				Api.json(Map.of("communityId", communityId, "timeLimitSeconds", 1, "weights", words)));
		assertThat(byApi.status()).as(byApi.toString()).isEqualTo(202);
		JsonNode weights = byApi.json().get("weights");
		assertThat(weights.get("sharedConcerns").asInt()).isEqualTo(6);
		assertThat(weights.get("stakeholderDiversity").asInt()).isEqualTo(3);
		assertThat(weights.get("levelDiversity").asInt()).isZero();
		assertThat(weights.get("newPairs").asInt()).isEqualTo(6);
		assertThat(weights.get("preferredSize").asInt()).isZero();
		JsonNode importance = byApi.json().get("importance");
		assertThat(importance.get("sharedConcerns").asString()).isEqualTo("very important");
		assertThat(importance.get("newPairs").asString()).isEqualTo("very important");
		assertThat(importance.get("levelDiversity").asString()).isEqualTo("not important");
		awaitFinished(api, byApi.json().get("id").asLong());

		// the page's three choices give the same numbers
		WebSession browser = WebSession.signedIn(port, convener.email());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("cohort", "community");
		fields.put("communityId", String.valueOf(communityId));
		fields.put("minSize", "2");
		fields.put("preferredSize", "2");
		fields.put("maxSize", "2");
		fields.put("timeLimitSeconds", "1");
		fields.put("sharedConcerns", "very-important");
		fields.put("stakeholderDiversity", "important");
		fields.put("levelDiversity", "not-important");
		fields.put("newPairs", "very-important");
		fields.put("preferredSizeWeight", "not-important");
		var page = browser.submit("/formation/new?communityId=" + communityId, "/formation", fields);
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		long pageRun = Long.parseLong(page.location().substring(page.location().lastIndexOf('/') + 1));
		JsonNode fromPage = awaitFinished(api, pageRun).get("run");
		assertThat(fromPage.get("weights")).isEqualTo(weights);
		assertThat(fromPage.get("importance")).isEqualTo(importance);

		// words that name no importance are refused naming the goal, on both
		var bad = api.post("/api/v1/formation-runs",
				Api.json(Map.of("communityId", communityId, "weights", Map.of("newPairs", "somewhat"))));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("weights.newPairs");
		var notAWord = api.post("/api/v1/formation-runs",
				Api.json(Map.of("communityId", communityId, "weights", Map.of("newPairs", true))));
		assertThat(notAWord.status()).isEqualTo(422);
		fields.put("newPairs", "somewhat");
		var badPage = browser.submit("/formation/new?communityId=" + communityId, "/formation", fields);
		assertThat(badPage.status()).isEqualTo(200);
		assertThat(badPage.body()).contains("Choose not important, important or very important")
				.contains("href=\"#newPairs\"");

		// the API's description says what the words mean
		String docs = Api.anonymous(port).get("/v3/api-docs").body();
		assertThat(docs).contains("\\\"important\\\" is 3").contains("\\\"very important\\\" is 6");
	}
}
