package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * After restoring an older backup, a steward deletes again the accounts deleted
 * since it was taken (docs/backup-restore.md): those still here are deleted as
 * their owners deleted them, the others are only reported, nobody but a steward
 * may do it, and bad input deletes nothing. Over the API and on the steward's
 * page.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeletedAgainIT {

	private static final String STEWARD = "steward@example.org";
	private static final long NEVER_HERE = 987_654_321L;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void overTheApiTheAccountsStillHereAreDeletedAgainAndOnlyThey() {
		// Gil deleted his account in the replaced database after the backup: this copy
		// still has him
		Person gil = PartnershipFixtures.newPerson(port, "Restored Gil");
		Person hal = PartnershipFixtures.newPerson(port, "Gone Hal");
		Person ivy = PartnershipFixtures.newPerson(port, "Staying Ivy");
		long gilId = accountId(gil), halId = accountId(hal), ivyId = accountId(ivy);
		Instant gilLeft = Instant.now();
		var journal = gil.api().post("/api/v1/journal/entries",
				Api.json(Map.of("title", "Gil's journal", "body", "What I noticed today.")));
		assertThat(journal.status()).as(journal.toString()).isEqualTo(201);
		assertThat(hal.api().delete("/api/v1/me", Api.json(Map.of("password", "constellation"))).status())
				.isEqualTo(204);
		Api steward = Api.as(port, STEWARD);

		JsonNode listed = steward.get("/api/v1/accounts/deleted").json().get("accounts");
		assertThat(ids(listed)).contains(halId).doesNotContain(gilId, ivyId);
		assertThat(listed.valueStream().filter(a -> a.get("id").asLong() == halId).findFirst().orElseThrow()
				.get("deletedAt").asString()).isNotBlank();

		// nobody but a steward reads the list or deletes
		assertThat(ivy.api().get("/api/v1/accounts/deleted").status()).isEqualTo(403);
		assertThat(ivy.api().post("/api/v1/accounts/deleted", body(Map.of(gilId, gilLeft))).status()).isEqualTo(403);
		assertThat(gil.api().get("/api/v1/me").status()).isEqualTo(200);

		// bad input is refused naming the field, and deletes nothing
		List<Map<String, Object>> tooMany = LongStream.rangeClosed(1, 10_001)
				.mapToObj(id -> Map.<String, Object>of("id", id, "deletedAt", gilLeft.toString())).toList();
		for (String bad : List.of(Api.json(Map.of("accounts", List.of())), "{}", Api.json(Map.of("accounts", tooMany)),
				"{\"accounts\": [{\"id\": " + gilId + "}]}")) {
			var refused = steward.post("/api/v1/accounts/deleted", bad);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
			assertThat(refused.body()).contains("accounts");
		}
		assertThat(steward.post("/api/v1/accounts/deleted", "{\"accounts\": [{\"id\": \"Gil\"}]}").status())
				.isEqualTo(400);
		// a list never holds null (one rule for every body): refused on reading
		var nul = steward.post("/api/v1/accounts/deleted", "{\"accounts\": [null]}");
		assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
		assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("accounts[0]");
		assertThat(gil.api().get("/api/v1/me").status()).isEqualTo(200);

		// Ivy's account was made before an instant given with her number: she is
		// someone else who took the number, and is left alone
		Map<Long, Instant> deletions = new LinkedHashMap<>();
		deletions.put(gilId, gilLeft);
		deletions.put(halId, gilLeft);
		deletions.put(NEVER_HERE, gilLeft);
		deletions.put(ivyId, Instant.parse("2020-01-01T00:00:00Z"));
		var done = steward.post("/api/v1/accounts/deleted", body(deletions));
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(ids(done.json().get("deleted"))).containsExactly(gilId);
		assertThat(ids(done.json().get("alreadyDeleted"))).containsExactly(halId);
		assertThat(ids(done.json().get("unknown"))).containsExactly(NEVER_HERE);
		assertThat(ids(done.json().get("madeAfterTheDeletion"))).containsExactly(ivyId);

		// Gil is deleted as when he deleted his account himself; Ivy is untouched
		assertThat(gil.api().get("/api/v1/me").status()).isEqualTo(401);
		WebSession.Page signIn = new WebSession(port).submit("/sign-in", "/sign-in",
				Map.of("username", gil.email(), "password", "constellation"));
		assertThat(signIn.location()).contains("error");
		assertThat(JdbcClient.create(dataSource).sql("select count(*) from journal_entries where practitioner_id = ?")
				.param(gil.practitionerId()).query(Long.class).single()).isZero();
		assertThat(ivy.api().get("/api/v1/me").status()).isEqualTo(200);
		assertThat(ids(steward.get("/api/v1/accounts/deleted").json().get("accounts"))).contains(gilId, halId)
				.doesNotContain(ivyId);
	}

	@Test
	void theStewardsPageKeepsWhatWasTypedAsksForConfirmationAndSaysWhatWasDone() {
		Person jo = PartnershipFixtures.newPerson(port, "Restored Jo");
		long joId = accountId(jo);
		String joLeft = Instant.now().toString();
		WebSession steward = WebSession.signedIn(port, STEWARD);
		var page = steward.get("/steward/deletions");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Deletions after a restore", "deleted-accounts.txt");
		var list = steward.get("/steward/deletions/deleted-accounts.txt", "text/plain");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.header("Content-Disposition")).contains("attachment");
		List<String> lines = Arrays.stream(list.body().split("\n")).filter(l -> !l.isEmpty()).toList();
		assertThat(lines).allMatch(l -> l.matches("[0-9]+ \\S+Z")).noneMatch(l -> l.startsWith(joId + " "));

		// a line that is not one of the list: refused, what was typed kept, nothing
		// deleted
		var typo = steward.submit("/steward/deletions", "/steward/deletions",
				Map.of("accountIds", joId + " " + joLeft + "\nJo's", "restored", "true"));
		assertThat(typo.status()).isEqualTo(200);
		assertThat(typo.body()).contains("is not a line of the list").contains(joId + " " + joLeft + "\nJo&#39;s");
		// not confirmed: refused
		var unconfirmed = steward.submit("/steward/deletions", "/steward/deletions",
				Map.of("accountIds", joId + " " + joLeft));
		assertThat(unconfirmed.status()).isEqualTo(200);
		assertThat(unconfirmed.body()).contains("Tick the box");
		assertThat(jo.api().get("/api/v1/me").status()).isEqualTo(200);

		// the download's own lines are what the form takes
		var done = steward.submit("/steward/deletions", "/steward/deletions", Map.of("accountIds",
				joId + " " + joLeft + "\n" + NEVER_HERE + " " + joLeft + "\n", "restored", "true"));
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/steward/deletions");
		assertThat(steward.get("/steward/deletions").body()).contains("One account was deleted again.")
				.contains("One number is not in this database.");
		assertThat(jo.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(steward.get("/steward/deletions/deleted-accounts.txt", "text/plain").body().split("\n"))
				.anyMatch(l -> l.startsWith(joId + " "));

		// a member may not open the page
		Person kim = PartnershipFixtures.newPerson(port, "Member Kim");
		assertThat(WebSession.signedIn(port, kim.email()).get("/steward/deletions").status()).isEqualTo(403);
	}

	private static long accountId(Person person) {
		return person.api().get("/api/v1/me").json().get("accountId").asLong();
	}

	private static String body(Map<Long, Instant> deletions) {
		List<Map<String, Object>> accounts = new ArrayList<>();
		deletions.forEach((id, at) -> accounts.add(Map.of("id", id, "deletedAt", at.toString())));
		return Api.json(Map.of("accounts", accounts));
	}

	private static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach(n -> ids.add(n.isNumber() ? n.asLong() : n.get("id").asLong()));
		return ids;
	}
}
