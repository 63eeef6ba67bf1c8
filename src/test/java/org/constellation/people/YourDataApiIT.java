package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.constellation.support.Writes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * "Your data" over the API: the download holds what the person wrote and
 * nothing a partner or another member wrote; deleting the account does what
 * docs/guide/your-data.md says, and a wrong password deletes nothing.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class YourDataApiIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void theDownloadHoldsWhatThePersonWroteAndNoneOfAPartnersOrAnotherMembersWords() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Person ana = PartnershipFixtures.newPerson(port, "Exporting Ana");
		Person ben = PartnershipFixtures.newPerson(port, "Partner Ben");
		Person cy = PartnershipFixtures.newPerson(port, "Partner Cy");

		// a members-only community that Ben convenes and Ana joins
		long community = convene(ben.api(), "Members only " + tag, "MEMBERS");
		join(ana.api(), community);
		long bensThread = thread(ben.api(), community, "Ben's members-only question " + tag,
				"Only members read Ben's words " + tag);
		reply(ana.api(), bensThread, "Ana builds on it " + tag);
		thread(ana.api(), community, "Ana's own thread " + tag, "Ana's thread body " + tag);
		journal(ana.api(), "Ana's journal " + tag);
		long partnership = activePartnership("Export focus " + tag, tag, ana, ben, cy);

		Api.Response export = ana.api().get("/api/v1/me/export");
		assertThat(export.status()).as(export.toString()).isEqualTo(200);
		String local = ana.email().substring(0, ana.email().indexOf('@'));
		assertThat(export.header("Content-Disposition")).contains("attachment")
				.contains("constellation-" + local + "-" + LocalDate.now(ZoneOffset.UTC) + ".json");
		JsonNode json = export.json();
		assertThat(json.get("people").get("account").get("email").asString()).isEqualTo(ana.email());
		assertThat(json.get("people").get("account").get("roles").toString()).contains("MEMBER");
		assertThat(json.get("people").get("profile").get("display_name").asString()).isEqualTo("Exporting Ana");
		assertThat(json.get("people").get("accessTokens").get(0).get("name").asString()).isEqualTo("test");
		assertThat(json.get("communities").get("memberships").toString()).contains("Members only " + tag);
		assertThat(json.get("conversations").get("threads").toString()).contains("Ana's thread body " + tag);
		assertThat(json.get("conversations").get("replies").toString()).contains("Ana builds on it " + tag);
		assertThat(json.get("journey").get("journal").toString()).contains("Ana's journal " + tag);
		JsonNode mine = json.get("partnerships").valueStream()
				.filter(p -> p.get("partnership_id").asLong() == partnership).findFirst().orElseThrow();
		assertThat(mine.get("openingAnswers").toString()).contains("Exporting Ana says " + tag);
		assertThat(json.get("notifications").has("inbox")).isTrue();

		String body = export.body();
		assertThat(body).doesNotContain("Partner Ben says " + tag, "Partner Cy says " + tag,
				"Only members read Ben's words " + tag, ben.email(), cy.email());
		// tokens by name and dates only
		assertThat(body).doesNotContain("token_hash", "cst_");
	}

	@Test
	void aWrongPasswordDeletesNothing() {
		Person dee = PartnershipFixtures.newPerson(port, "Careful Dee");
		journal(dee.api(), "Dee keeps this");
		// the token's "last used" moves with every call, by design
		Set<String> leftOut = Set.of("access_tokens");
		long before = Writes.mark();

		Api.Response wrong = dee.api().delete("/api/v1/me", Api.json(Map.of("password", "not my password")));
		assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
		assertThat(wrong.contentType()).contains("application/problem+json");
		assertThat(wrong.body()).contains("password");
		Api.Response none = dee.api().delete("/api/v1/me", "{}");
		assertThat(none.status()).isEqualTo(422);

		assertThat(Writes.since(before, leftOut)).as("tables written").isEmpty();
		assertThat(dee.api().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void deletingTheAccountDoesWhatTheGuideSays() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Person dana = PartnershipFixtures.newPerson(port, "Leaving Dana");
		Person eli = PartnershipFixtures.newPerson(port, "Staying Eli");
		Person fay = PartnershipFixtures.newPerson(port, "Staying Fay");
		long community = convene(dana.api(), "Dana convenes " + tag, "PUBLIC");
		join(eli.api(), community);
		long thread = thread(dana.api(), community, "Dana's question " + tag, "Dana's words stay " + tag);
		reply(eli.api(), thread, "Eli builds on Dana " + tag);
		journal(dana.api(), "Dana's private journal " + tag);
		long partnership = activePartnership("Three of us " + tag, tag, dana, eli, fay);
		WebSession danasBrowser = WebSession.signedIn(port, dana.email());
		assertThat(danasBrowser.get("/profile").status()).isEqualTo(200);
		// a session held, with Dana's note and check-in and Eli's note
		JdbcClient jdbc = JdbcClient.create(dataSource);
		java.sql.Timestamp held = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400));
		jdbc.sql(
				"""
						insert into partnership_sessions (partnership_id, number, starts_at, time_zone, duration_minutes, status,
						  created_at, updated_at) values (?, 1, ?, 'UTC', 60, 'HELD', ?, ?)""")
				.params(partnership, held, held, held).update();
		long session = jdbc.sql("select id from partnership_sessions where partnership_id = ?").param(partnership)
				.query(Long.class).single();
		for (Person author : List.of(dana, eli)) {
			jdbc.sql(
					"insert into session_notes (session_id, author_id, body, body_html, created_at) values (?, ?, ?, ?, ?)")
					.params(session, author.practitionerId(), "A note " + tag, "<p>A note " + tag + "</p>", held)
					.update();
		}
		jdbc.sql("insert into session_check_ins (session_id, practitioner_id, attending, line, updated_at) "
				+ "values (?, ?, true, 'Glad to be here', ?)").params(session, dana.practitionerId(), held).update();

		Api.Response deleted = dana.api().delete("/api/v1/me", Api.json(Map.of("password", "constellation")));
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

		// signed out everywhere: the token, the open session, a new sign-in
		assertThat(dana.api().get("/api/v1/me").status()).isEqualTo(401);
		WebSession.Page afterwards = danasBrowser.get("/profile");
		assertThat(afterwards.status()).isEqualTo(302);
		assertThat(afterwards.location()).contains("/sign-in");
		assertThat(
				Api.basic(port, dana.email(), "constellation").post("/api/v1/tokens", "{\"name\":\"again\"}").status())
				.isEqualTo(401);
		WebSession.Page signIn = new WebSession(port).submit("/sign-in", "/sign-in",
				Map.of("username", dana.email(), "password", "constellation"));
		assertThat(signIn.location()).contains("error");

		// the thread stays, by "a former member", with no name or link
		JsonNode read = eli.api().get("/api/v1/threads/" + thread).json();
		assertThat(read.get("body").asString()).isEqualTo("Dana's words stay " + tag);
		assertThat(read.get("authorName").isNull()).isTrue();
		String page = WebSession.signedIn(port, eli.email()).get("/threads/" + thread).body();
		assertThat(page).contains("a former member").contains("Eli builds on Dana " + tag)
				.doesNotContain("Leaving Dana").doesNotContain("/practitioners/" + dana.practitionerId() + "\"");
		assertThat(eli.api().get("/api/v1/practitioners/" + dana.practitionerId()).status()).isEqualTo(404);
		// a link left to Dana elsewhere (a gathering, practice work) says she left, not
		// "not found"
		WebSession.Page profile = WebSession.signedIn(port, eli.email()).get("/practitioners/" + dana.practitionerId());
		assertThat(profile.status()).isEqualTo(410);
		assertThat(profile.body()).contains("deleted their account").doesNotContain("Leaving Dana");

		// the partners still have their partnership, without Dana's words
		JsonNode p = eli.api().get("/api/v1/partnerships/" + partnership).json();
		assertThat(p.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(p.get("partners")).hasSize(2);
		String opening = eli.api().get("/api/v1/partnerships/" + partnership + "/opening").body();
		assertThat(opening).contains("Staying Eli says " + tag).doesNotContain("Leaving Dana says " + tag);

		// Dana's words in the session are gone, Eli's note and the session stay
		assertThat(jdbc.sql("select count(*) from session_notes where author_id = ?").param(dana.practitionerId())
				.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from session_check_ins where practitioner_id = ?")
				.param(dana.practitionerId()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from session_notes where session_id = ?").param(session).query(Long.class)
				.single()).isEqualTo(1);

		// the journal is gone; the community has no convener, and its health says so
		assertThat(jdbc.sql("select count(*) from journal_entries where practitioner_id = ?")
				.param(dana.practitionerId()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from opening_answers where practitioner_id = ?")
				.param(dana.practitionerId()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from memberships where practitioner_id = ? and status = 'ACTIVE'")
				.param(dana.practitionerId()).query(Long.class).single()).isZero();
		assertThat(eli.api().get("/api/v1/communities/" + community + "/health").json().get("attention").toString())
				.contains("NO_CONVENER");
		assertThat(eli.api().get("/api/v1/practitioners?size=100&q=Leaving").body()).doesNotContain("Leaving Dana");

		// the email is free: a new person may sign up with it
		Api.Response again = Api.anonymous(port).post("/api/v1/accounts",
				Api.json(Map.of("email", dana.email(), "displayName", "Dana, new", "password", "constellation")));
		assertThat(again.status()).as(again.toString()).isEqualTo(201);
		Api fresh = Api.as(port, dana.email());
		assertThat(fresh.get("/api/v1/me/export").json().get("journey").get("journal")).isEmpty();
	}

	@Test
	void aPartnershipOfTwoClosesWhenOneDeletesTheirAccount() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Person gus = PartnershipFixtures.newPerson(port, "Leaving Gus");
		Person hal = PartnershipFixtures.newPerson(port, "Remaining Hal");
		long partnership = activePartnership("Two of us " + tag, tag, gus, hal);

		assertThat(gus.api().delete("/api/v1/me", Api.json(Map.of("password", "constellation"))).status())
				.isEqualTo(204);

		JsonNode p = hal.api().get("/api/v1/partnerships/" + partnership).json();
		assertThat(p.get("state").asString()).isEqualTo("CLOSED");
		assertThat(hal.api().get("/api/v1/partnerships/" + partnership + "/opening").body())
				.doesNotContain("Leaving Gus says " + tag);
	}

	// helpers

	private long convene(Api convener, String name, String visibility) {
		long ohio = convener.get("/api/v1/places?size=100").json().get("content").valueStream()
				.filter(n -> n.get("name").asString().equals("Ohio")).findFirst().orElseThrow().get("id").asLong();
		long issue = convener.get("/api/v1/issues?size=50").json().get("content").get(0).get("id").asLong();
		long families = convener.get("/api/v1/stakeholder-groups").json().valueStream()
				.filter(n -> n.get("name").asString().equals("Families")).findFirst().orElseThrow().get("id").asLong();
		var created = convener.post("/api/v1/communities",
				Api.json(Map.of("name", name, "purpose", "Learning together", "issueIds", List.of(issue),
						"stakeholderGroupIds", List.of(families), "placeIds", List.of(ohio), "activities",
						List.of("CONVERSATIONS", "GATHERINGS"), "practice", "We meet monthly.", "visibility",
						visibility, "joinPolicy", "OPEN", "legitimacy", "I have done this work for years.")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static void join(Api member, long community) {
		var joined = member.post("/api/v1/communities/" + community + "/membership", "{\"whyHere\":\"To learn\"}");
		assertThat(joined.status()).as(joined.toString()).isIn(200, 201);
	}

	private static long thread(Api author, long community, String title, String body) {
		var started = author.post("/api/v1/communities/" + community + "/threads",
				Api.json(Map.of("kind", "QUESTION", "title", title, "body", body)));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().get("id").asLong();
	}

	private static void reply(Api author, long thread, String body) {
		var replied = author.post("/api/v1/threads/" + thread + "/replies",
				Api.json(Map.of("kind", "BUILDS_ON", "body", body)));
		assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
	}

	private static void journal(Api author, String title) {
		var written = author.post("/api/v1/journal/entries",
				Api.json(Map.of("title", title, "body", "What I noticed today.")));
		assertThat(written.status()).as(written.toString()).isEqualTo(201);
	}

	/**
	 * An active partnership whose partners answer the opening in words of their own
	 * ("<name> says <tag>"), so that the test can tell whose words are where.
	 */
	private long activePartnership(String focus, String tag, Person... people) {
		List<Person> all = List.of(people);
		long id = PartnershipFixtures.proposed(focus, all.getFirst(),
				all.subList(1, all.size()).toArray(Person[]::new));
		for (Person invitee : all.subList(1, all.size())) {
			PartnershipFixtures.accept(id, invitee);
		}
		int steps = all.getFirst().api().get("/api/v1/partnerships/" + id + "/opening").json().get("steps").size();
		for (int step = 1; step <= steps; step++) {
			for (Person p : all) {
				String name = p.api().get("/api/v1/me").json().get("displayName").asString();
				var answered = p.api().post("/api/v1/partnerships/" + id + "/opening/steps/" + step + "/answers",
						Api.json(Map.of("body", name + " says " + tag + " at step " + step, "affirmTenets", true)));
				assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
			}
		}
		PartnershipFixtures.confirmAll(id, all);
		return id;
	}
}
