package org.constellation.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A journey over HTTP: its owner writes, reads, changes and deletes; anyone
 * else, a steward too, is told it does not exist. Uses member53 to member55,
 * which no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JourneysApiIT {

	static final String OWNER = "member53@example.org";
	static final String OTHER = "member54@example.org";

	@LocalServerPort
	int port;

	Api as(String email) {
		return Api.as(port, email);
	}

	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
		return m;
	}

	@Test
	void theOwnerWritesReadsChangesAndDeletesAnEntryThatNobodyElseCanSee() {
		Api owner = as(OWNER);
		var created = owner.post("/api/v1/journal/entries",
				Api.json(map("title", "What the quiet student taught me", "body", "Ask *first*. <script>x</script>")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode entry = created.json();
		long id = entry.get("id").asLong();
		assertThat(entry.get("bodyHtml").asString()).contains("<em>first</em>").doesNotContain("<script>");

		JsonNode list = owner.get("/api/v1/journal/entries").json();
		assertThat(list.get("content").get(0).get("id").asLong()).as("newest first").isEqualTo(id);

		var changed = owner.put("/api/v1/journal/entries/" + id, Api.json(map("title", "What a student taught me",
				"body", "Ask first.", "version", entry.get("version").asLong())));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("title").asString()).isEqualTo("What a student taught me");

		for (String stranger : new String[]{OTHER, "steward@example.org", "convener@example.org",
				"sponsor@example.org"}) {
			Api them = as(stranger);
			assertThat(them.get("/api/v1/journal/entries/" + id).status()).as(stranger).isEqualTo(404);
			assertThat(them
					.put("/api/v1/journal/entries/" + id, Api.json(map("title", "mine now", "body", "", "version", 0)))
					.status()).as(stranger).isEqualTo(404);
			assertThat(them.delete("/api/v1/journal/entries/" + id).status()).as(stranger).isEqualTo(404);
			assertThat(them.get("/api/v1/journal/entries").body()).doesNotContain("What a student taught me");
		}
		assertThat(Api.anonymous(port).get("/api/v1/journal/entries/" + id).status()).isEqualTo(401);

		assertThat(owner.delete("/api/v1/journal/entries/" + id).status()).isEqualTo(204);
		assertThat(owner.get("/api/v1/journal/entries/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		Api owner = as(OWNER);
		JsonNode entry = owner.post("/api/v1/journal/entries", Api.json(map("title", "Draft", "body", "one"))).json();
		long id = entry.get("id").asLong();
		long version = entry.get("version").asLong();
		assertThat(owner.put("/api/v1/journal/entries/" + id,
				Api.json(map("title", "First tab", "body", "two", "version", version))).status()).isEqualTo(200);
		var stale = owner.put("/api/v1/journal/entries/" + id,
				Api.json(map("title", "Second tab", "body", "three", "version", version)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(owner.get("/api/v1/journal/entries/" + id).json().get("title").asString()).isEqualTo("First tab");
	}

	@Test
	void badInputIsRefusedWithTheFieldNamed() {
		Api owner = as(OWNER);
		var noTitle = owner.post("/api/v1/journal/entries", Api.json(map("title", " ", "body", "text")));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

		var future = owner.post("/api/v1/journal/entries",
				Api.json(map("title", "From tomorrow", "writtenAt", "2999-01-01T00:00:00Z")));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("writtenAt");

		var noStage = owner.post("/api/v1/journey/reflections",
				Api.json(map("stageId", 999999, "reflectedOn", LocalDate.now().minusDays(1).toString())));
		assertThat(noStage.status()).isEqualTo(422);
		assertThat(noStage.json().get("errors").get(0).get("field").asString()).isEqualTo("stageId");

		var badDate = owner.post("/api/v1/journey/milestones", Api.json(map("title", "x", "happenedOn", "soon")));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("happenedOn");

		var blankRevisit = owner.post("/api/v1/journal/bewilderments", Api.json(map("text", "")));
		assertThat(blankRevisit.status()).isEqualTo(400);
		assertThat(blankRevisit.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
	}

	@Test
	void aBewildermentIsRevisitedSettledForNowAndReopenedByItsKeeperAlone() {
		Api owner = as(OWNER);
		var noted = owner.post("/api/v1/journal/bewilderments",
				Api.json(map("text", "Why do meetings where we all agree change nothing?")));
		assertThat(noted.status()).isEqualTo(201);
		long id = noted.json().get("id").asLong();
		assertThat(noted.json().get("state").asString()).isEqualTo("OPEN");

		var revisit = owner.post("/api/v1/journal/bewilderments/" + id + "/revisits",
				Api.json(map("note", "Maybe agreement comes too early.")));
		assertThat(revisit.status()).isEqualTo(201);
		assertThat(owner.post("/api/v1/journal/bewilderments/" + id + "/settle", "").json().get("state").asString())
				.isEqualTo("SETTLED");
		JsonNode read = owner.get("/api/v1/journal/bewilderments/" + id).json();
		assertThat(read.get("revisits").get(0).get("note").asString()).isEqualTo("Maybe agreement comes too early.");
		assertThat(owner.post("/api/v1/journal/bewilderments/" + id + "/reopen", "").json().get("state").asString())
				.isEqualTo("OPEN");

		Api other = as(OTHER);
		assertThat(other.get("/api/v1/journal/bewilderments/" + id).status()).isEqualTo(404);
		assertThat(
				other.post("/api/v1/journal/bewilderments/" + id + "/revisits", Api.json(map("note", "hm"))).status())
				.isEqualTo(404);
		assertThat(as("steward@example.org").post("/api/v1/journal/bewilderments/" + id + "/settle", "").status())
				.isEqualTo(404);
	}

	@Test
	void reflectionsAndMilestonesAreOnesOwnAndAStageInUseCannotBeDeleted() {
		Api steward = as("steward@example.org");
		JsonNode stages = as(OWNER).get("/api/v1/journey/stages").json();
		assertThat(stages.valueStream().map(s -> s.get("name").asString())).startsWith("Instrumental",
				"Instrumental → Socializing", "Socializing");

		String name = "Test stage " + System.nanoTime();
		assertThat(as(OWNER).post("/api/v1/journey/stages", Api.json(map("name", name))).status())
				.as("only stewards keep the stages").isEqualTo(403);
		var added = steward.post("/api/v1/journey/stages",
				Api.json(map("name", name, "description", "For a test", "transition", false)));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		long stageId = added.json().get("id").asLong();
		assertThat(steward.post("/api/v1/journey/stages", Api.json(map("name", name.toUpperCase()))).status())
				.isEqualTo(409);

		Api owner = as(OWNER);
		var reflected = owner.post("/api/v1/journey/reflections", Api.json(map("stageId", stageId, "reflectedOn",
				LocalDate.now().minusDays(2).toString(), "reflection", "I *notice* my own view.")));
		assertThat(reflected.status()).as(reflected.toString()).isEqualTo(201);
		assertThat(owner.get("/api/v1/journey/reflections").body()).contains(name);
		assertThat(as(OTHER).get("/api/v1/journey/reflections").body()).doesNotContain(name);
		long reflectionId = reflected.json().get("id").asLong();
		assertThat(as(OTHER).delete("/api/v1/journey/reflections/" + reflectionId).status()).isEqualTo(404);

		var inUse = steward.delete("/api/v1/journey/stages/" + stageId);
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().get("detail").asString()).contains("is in use");

		var renamed = steward.put("/api/v1/journey/stages/" + stageId,
				Api.json(map("name", name + " (renamed)", "description", "Still for a test", "version", 0)));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(
				steward.put("/api/v1/journey/stages/" + stageId, Api.json(map("name", name + " (again)", "version", 0)))
						.status())
				.as("stale").isEqualTo(409);

		assertThat(owner.delete("/api/v1/journey/reflections/" + reflectionId).status()).isEqualTo(204);
		assertThat(steward.delete("/api/v1/journey/stages/" + stageId).status()).isEqualTo(204);

		var milestone = owner.post("/api/v1/journey/milestones", Api.json(map("title", "Said I don't know",
				"happenedOn", LocalDate.now().minusDays(10).toString(), "note", "At the staff meeting")));
		assertThat(milestone.status()).isEqualTo(201);
		assertThat(owner.get("/api/v1/journey/milestones").body()).contains("Said I don't know");
		assertThat(as(OTHER).get("/api/v1/journey/milestones").body()).doesNotContain("Said I don't know");
		var notMine = owner.post("/api/v1/journey/milestones", Api.json(map("title", "In someone else's", "happenedOn",
				LocalDate.now().minusDays(1).toString(), "partnershipId", 999999)));
		assertThat(notMine.status()).isEqualTo(422);
		assertThat(notMine.json().get("errors").get(0).get("field").asString()).isEqualTo("partnershipId");
	}

	@Test
	void anEntryIsSharedOnlyIntoTheAuthorsPartnershipsAndReadThereByItsCurrentPartnersAlone() {
		Person ana = PartnershipFixtures.newPerson(port, "Ana Journal");
		Person ben = PartnershipFixtures.newPerson(port, "Ben Journal");
		Person cy = PartnershipFixtures.newPerson(port, "Cy Journal");
		Person dee = PartnershipFixtures.newPerson(port, "Dee Journal");
		long ours = PartnershipFixtures.active("Listening before fixing", ana, ben, cy);
		long theirs = PartnershipFixtures.active("Another focus", ben, dee);

		long id = ana.api()
				.post("/api/v1/journal/entries",
						Api.json(map("title", "What I noticed in our session", "body", "I *listened*.")))
				.json().get("id").asLong();
		String shares = "/api/v1/journal/entries/" + id + "/shares";
		assertThat(ana.api().post(shares, Api.json(map("partnershipId", theirs))).status()).as("not a partner there")
				.isEqualTo(404);
		assertThat(ben.api().post(shares, Api.json(map("partnershipId", ours))).status()).as("not the author")
				.isEqualTo(404);
		var missing = ana.api().post(shares, Api.json(map()));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("partnershipId");

		var shared = ana.api().post(shares, Api.json(map("partnershipId", ours)));
		assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
		assertThat(shared.json().get("sharedInto").valueStream().map(JsonNode::asLong)).containsExactly(ours);
		assertThat(ana.api().post(shares, Api.json(map("partnershipId", ours))).status()).as("twice is once")
				.isEqualTo(200);

		String feed = "/api/v1/partnerships/" + ours + "/shared-entries";
		for (Person partner : new Person[]{ana, ben, cy}) {
			JsonNode read = partner.api().get(feed).json();
			assertThat(read.get("content")).singleElement().satisfies(e -> {
				assertThat(e.get("title").asString()).isEqualTo("What I noticed in our session");
				assertThat(e.get("authorName").asString()).isEqualTo("Ana Journal");
				assertThat(e.get("bodyHtml").asString()).contains("<em>listened</em>");
			});
		}
		assertThat(ben.api().get("/api/v1/journal/entries/" + id).status()).as("the journal stays private")
				.isEqualTo(404);
		for (String stranger : new String[]{"steward@example.org", "convener@example.org", "sponsor@example.org"}) {
			assertThat(as(stranger).get(feed).status()).as(stranger).isEqualTo(404);
		}
		assertThat(dee.api().get(feed).status()).isEqualTo(404);
		assertThat(dee.api().get("/api/v1/partnerships/" + theirs + "/shared-entries").json().get("content")).isEmpty();

		// someone who left stops seeing it
		assertThat(cy.api().post("/api/v1/partnerships/" + ours + "/leave", "").status()).isEqualTo(200);
		assertThat(cy.api().get(feed).status()).isEqualTo(404);

		// the author's download of the partnership carries what they shared
		assertThat(ana.api().get("/api/v1/partnerships/" + ours + "/export").body())
				.contains("What I noticed in our session");

		var unshared = ana.api().delete(shares + "/" + ours);
		assertThat(unshared.status()).isEqualTo(200);
		assertThat(unshared.json().get("sharedInto")).isEmpty();
		assertThat(ben.api().get(feed).json().get("content")).isEmpty();
	}
}
