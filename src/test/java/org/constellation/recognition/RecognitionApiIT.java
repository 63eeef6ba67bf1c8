package org.constellation.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.recognition.RecognitionFixtures.as;
import static org.constellation.recognition.RecognitionFixtures.convene;
import static org.constellation.recognition.RecognitionFixtures.held;
import static org.constellation.recognition.RecognitionFixtures.join;
import static org.constellation.recognition.RecognitionFixtures.person;
import static org.constellation.recognition.RecognitionFixtures.place;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.gatherings.Gathering;
import org.constellation.gatherings.GatheringService;
import org.constellation.people.AccountService;
import org.constellation.people.ProfileService;
import org.constellation.people.Role;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.WebSession;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two conveners with communities of their own, members at three levels of scale
 * who met in one community before the other, gatherings held and cancelled:
 * exact footprints; endorsing as a sponsor and as anyone else; stories and who
 * may read them; the report and its CSV.
 */
@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionApiIT {

	static final String SPONSOR = "sponsor@example.org";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	@Autowired
	GatheringService gatherings;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final Map<String, Long> ids = new HashMap<>();
	long shared;
	long earlier;
	long membersOnly;

	String email(String who) {
		return "recognition-" + who + "-" + run + "@example.org";
	}

	Api api(String who) {
		return Api.as(port, email(who));
	}

	@BeforeAll
	void twoConvenersAndTheirCommunities() {
		Api steward = Api.as(port, "steward@example.org");
		long state = place(steward, "Ohio");
		long district = place(steward, "Columbus City Schools");
		long school = place(steward, "Eastmoor Elementary");
		ids.put("alma", person(accounts, profiles, email("alma"), "Alma " + run, state, Role.MEMBER));
		ids.put("ben", person(accounts, profiles, email("ben"), "Ben " + run, district, Role.MEMBER));
		ids.put("cleo", person(accounts, profiles, email("cleo"), "Cleo " + run, school, Role.MEMBER));
		ids.put("dev", person(accounts, profiles, email("dev"), "Dev " + run, state, Role.MEMBER));
		ids.put("eli", person(accounts, profiles, email("eli"), "Eli " + run, district, Role.MEMBER));
		ids.put("fay", person(accounts, profiles, email("fay"), "Fay " + run, school, Role.MEMBER));
		ids.put("nolevel", person(accounts, profiles, email("nolevel"), "Nolevel " + run, null, Role.MEMBER));
		ids.put("sponsor2", person(accounts, profiles, email("sponsor2"), "Second sponsor " + run, null, Role.SPONSOR));

		// Eli's community comes first: Ben and Cleo meet there
		earlier = convene(api("eli"), "Where Ben met Cleo " + run, "PUBLIC");
		join(api("ben"), earlier);
		join(api("cleo"), earlier);
		shared = convene(api("alma"), "Alma's table " + run, "PUBLIC");
		join(api("ben"), shared);
		join(api("cleo"), shared);
		join(api("dev"), shared);
		join(api("nolevel"), shared);
		membersOnly = convene(api("alma"), "Alma's circle " + run, "MEMBERS");
		join(api("dev"), membersOnly);

		var alma = as(ids.get("alma"), email("alma"), Role.MEMBER);
		held(gatherings, alma, shared, "Held once");
		held(gatherings, alma, shared, "Held twice");
		Gathering cancelled = held(gatherings, alma, shared, "Called off");
		gatherings.cancel(alma, cancelled.getId(), cancelled.getVersion());
		// planned, not yet taken place
		gatherings.propose(alma, shared,
				new org.constellation.gatherings.GatheringDraft("Next month", java.time.LocalDate.now().plusDays(30),
						java.time.LocalTime.of(15, 0), "UTC", 60, "Room 4", "", "", null));
		// hosted by a member, not by the convener
		held(gatherings, as(ids.get("ben"), email("ben"), Role.MEMBER), shared, "Ben's evening");
		// Alma's in Eli's community would not count for her
		join(api("alma"), earlier);
		held(gatherings, alma, earlier, "Alma visits");
	}

	private Map<String, Object> story(long community, String title, List<String> cycles, String visibility) {
		Map<String, Object> body = new HashMap<>();
		body.put("communityId", community);
		body.put("title", title);
		body.put("body", "What happened, and what it changed.");
		body.put("cycles", cycles);
		body.put("visibility", visibility);
		body.put("evidence", "Notes from the gathering.");
		body.put("evidenceLinks", List.of("https://example.org/notes"));
		return body;
	}

	private long write(Api author, Map<String, Object> story) {
		var created = author.post("/api/v1/value-stories", Api.json(story));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static List<String> titles(JsonNode page) {
		return page.get("content").valueStream().map(s -> s.get("title").asString()).toList();
	}

	@Test
	void aFootprintCountsExactlyWhatTheGuideSays() {
		// stories in Alma's communities: one in each
		write(api("ben"), story(shared, "Counted for Alma " + run, List.of("IMMEDIATE"), "COMMUNITY"));
		write(api("dev"), story(membersOnly, "Also counted " + run, List.of("APPLIED"), "COMMUNITY"));
		var answer = Api.as(port, SPONSOR).get("/api/v1/social-artists/" + ids.get("alma"));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode f = answer.json().get("footprint");
		assertThat(f.get("displayName").asString()).isEqualTo("Alma " + run);
		assertThat(f.get("communitiesConvened").asInt()).isEqualTo(2);
		assertThat(f.get("communities").valueStream().map(c -> c.get("name").asString()))
				.containsExactly("Alma's circle " + run, "Alma's table " + run);
		// two held in her communities; not the cancelled, the planned, Ben's, nor hers
		// in Eli's
		assertThat(f.get("gatheringsHosted").asLong()).isEqualTo(2);
		// Ben, Cleo, Dev and Nolevel (Dev in both counts once)
		assertThat(f.get("peopleBroughtIn").asLong()).isEqualTo(4);
		// Alma-Ben, Alma-Cleo, Ben-Dev, Cleo-Dev; not Alma-Dev (both state), not
		// Ben-Cleo (met at Eli's),
		// nobody with Nolevel; Alma-Dev in the circle are both state
		assertThat(f.get("crossLevelConnections").asLong()).isEqualTo(4);
		// every story of her two communities, as Alma (a member of both) reads them
		long inHers = api("alma").get("/api/v1/value-stories?communityId=" + shared).json().get("page")
				.get("totalElements").asLong()
				+ api("alma").get("/api/v1/value-stories?communityId=" + membersOnly).json().get("page")
						.get("totalElements").asLong();
		assertThat(inHers).isGreaterThanOrEqualTo(2);
		assertThat(f.get("valueStories").asLong()).isEqualTo(inHers);

		JsonNode eli = Api.as(port, SPONSOR).get("/api/v1/social-artists/" + ids.get("eli")).json().get("footprint");
		// Ben, Cleo and Alma; Eli-Cleo, Ben-Cleo and Eli-Alma first met here, but Alma
		// met
		// Ben and Cleo at her own table before she joined Eli's community, and Eli and
		// Ben are both at district level
		assertThat(eli.get("peopleBroughtIn").asLong()).isEqualTo(3);
		assertThat(eli.get("crossLevelConnections").asLong()).isEqualTo(3);
		assertThat(eli.get("gatheringsHosted").asLong()).isZero();
	}

	@Test
	void socialArtistsAreListedByNameAndSomeoneWhoConvenesNothingIsNotOne() {
		var list = api("ben").get("/api/v1/social-artists?size=100").json();
		List<String> names = list.get("content").valueStream().map(f -> f.get("displayName").asString()).toList();
		assertThat(names).contains("Alma " + run, "Eli " + run).doesNotContain("Ben " + run);
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(api("ben").get("/api/v1/social-artists/" + ids.get("ben")).status()).isEqualTo(404);
	}

	@Test
	void onlySponsorsEndorseBadInputStoresNothingAndASponsorWithdrawsTheirOwn() {
		String list = "/api/v1/endorsements?socialArtistId=" + ids.get("eli");
		Api sponsor = Api.as(port, SPONSOR);
		long before = sponsor.get(list).json().get("page").get("totalElements").asLong();

		var created = sponsor.post("/api/v1/endorsements", Api.json(Map.of("socialArtistId", ids.get("eli"), "note",
				"Eli brought two districts together.", "support", "Two days of staff time", "supportKind", "TIME")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("sponsorName").asString()).isEqualTo("Harriet Quinn");

		var byMember = api("ben").post("/api/v1/endorsements",
				Api.json(Map.of("socialArtistId", ids.get("eli"), "note", "I would like to.")));
		assertThat(byMember.status()).isEqualTo(403);
		assertThat(byMember.contentType()).startsWith("application/problem+json");

		var noNote = sponsor.post("/api/v1/endorsements",
				Api.json(Map.of("socialArtistId", ids.get("eli"), "note", " ", "support", "Funding")));
		assertThat(noNote.status()).isEqualTo(422);
		assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
		var notAConvener = sponsor.post("/api/v1/endorsements",
				Api.json(Map.of("socialArtistId", ids.get("ben"), "note", "Ben is great.")));
		assertThat(notAConvener.status()).isEqualTo(422);
		assertThat(notAConvener.json().get("errors").get(0).get("field").asString()).isEqualTo("socialArtistId");
		var tooLong = sponsor.post("/api/v1/endorsements",
				Api.json(Map.of("socialArtistId", ids.get("eli"), "note", "x".repeat(2001))));
		assertThat(tooLong.status()).isBetween(400, 422);
		assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("note");

		JsonNode after = sponsor.get(list).json();
		assertThat(after.get("page").get("totalElements").asLong()).isEqualTo(before + 1);
		assertThat(sponsor.get("/api/v1/endorsements?socialArtistId=" + ids.get("ben")).json().get("page")
				.get("totalElements").asLong()).isZero();
		assertThat(after.get("content").get(0).get("note").asString()).isEqualTo("Eli brought two districts together.");
		assertThat(after.get("content").get(0).get("supportKind").asString()).isEqualTo("TIME");

		assertThat(api("sponsor2").delete("/api/v1/endorsements/" + id).status()).isEqualTo(403);
		assertThat(api("ben").delete("/api/v1/endorsements/" + id).status()).isEqualTo(403);
		assertThat(sponsor.delete("/api/v1/endorsements/" + id).status()).isEqualTo(204);
		assertThat(sponsor.get(list).json().get("page").get("totalElements").asLong()).isEqualTo(before);
		assertThat(sponsor.delete("/api/v1/endorsements/" + id).status()).isEqualTo(404);
	}

	@Test
	void membersWriteStoriesAndEachReaderSeesOnlyWhatTheyMay() {
		long open = write(api("ben"), story(shared, "Ben's community story " + run, List.of("APPLIED"), "COMMUNITY"));
		long visible = write(api("ben"),
				story(shared, "Ben's visible story " + run, List.of("APPLIED", "REALIZED"), "SIGNED_IN"));
		assertThat(api("eli")
				.post("/api/v1/value-stories",
						Api.json(story(membersOnly, "Not a member " + run, List.of("IMMEDIATE"), "COMMUNITY")))
				.status()).isEqualTo(403);
		long circleOnly = write(api("dev"),
				story(membersOnly, "Circle only " + run, List.of("IMMEDIATE"), "COMMUNITY"));
		long circleVisible = write(api("dev"),
				story(membersOnly, "Circle for sponsors " + run, List.of("REFRAMING"), "SIGNED_IN"));

		// a member of another community reads the public community's stories, not the
		// circle's own
		assertThat(api("eli").get("/api/v1/value-stories/" + open).status()).isEqualTo(200);
		assertThat(api("eli").get("/api/v1/value-stories/" + circleOnly).status()).isEqualTo(403);
		assertThat(api("eli").get("/api/v1/value-stories/" + circleVisible).status()).isEqualTo(200);
		assertThat(titles(api("eli").get("/api/v1/value-stories?communityId=" + membersOnly).json()))
				.containsExactly("Circle for sponsors " + run);
		assertThat(titles(api("dev").get("/api/v1/value-stories?communityId=" + membersOnly).json()))
				.containsExactly("Circle for sponsors " + run, "Circle only " + run);
		// and across every community, the newest first: the same stories and no more
		assertThat(titles(api("eli").get("/api/v1/value-stories?size=100").json()))
				.contains("Ben's community story " + run, "Circle for sponsors " + run)
				.doesNotContain("Circle only " + run);
		assertThat(titles(api("dev").get("/api/v1/value-stories?size=100").json())).contains("Circle only " + run);
		// one cycle across every community keeps the same rule, and the count agrees
		var immediate = api("eli").get("/api/v1/value-stories?cycle=IMMEDIATE&size=100").json();
		assertThat(titles(immediate)).doesNotContain("Circle only " + run, "Ben's community story " + run);
		long listed = 0;
		for (int page = 0; page < immediate.get("page").get("totalPages").asInt(); page++) {
			listed += api("eli").get("/api/v1/value-stories?cycle=IMMEDIATE&size=100&page=" + page).json()
					.get("content").size();
		}
		assertThat(immediate.get("page").get("totalElements").asLong()).isEqualTo(listed);
		assertThat(titles(api("dev").get("/api/v1/value-stories?cycle=IMMEDIATE&size=100").json()))
				.contains("Circle only " + run).doesNotContain("Circle for sponsors " + run);

		// a sponsor sees only the stories made visible, even in a public community
		Api sponsor = Api.as(port, SPONSOR);
		assertThat(sponsor.get("/api/v1/value-stories/" + open).status()).isEqualTo(403);
		assertThat(sponsor.get("/api/v1/value-stories/" + visible).status()).isEqualTo(200);
		assertThat(titles(sponsor.get("/api/v1/value-stories?communityId=" + shared).json()))
				.contains("Ben's visible story " + run).doesNotContain("Ben's community story " + run);
		List<String> everywhere = titles(sponsor.get("/api/v1/value-stories?size=100").json());
		assertThat(everywhere).contains("Circle for sponsors " + run).doesNotContain("Circle only " + run,
				"Ben's community story " + run);
		assertThat(titles(sponsor.get("/api/v1/value-stories?communityId=" + shared + "&cycle=REALIZED").json()))
				.containsExactly("Ben's visible story " + run);

		// bad input names its field and stores nothing
		long count = api("ben").get("/api/v1/value-stories?communityId=" + shared).json().get("page")
				.get("totalElements").asLong();
		var noCycle = api("ben").post("/api/v1/value-stories",
				Api.json(story(shared, "No cycle " + run, List.of(), "COMMUNITY")));
		assertThat(noCycle.status()).isEqualTo(422);
		assertThat(noCycle.json().get("errors").get(0).get("field").asString()).isEqualTo("cycles");
		Map<String, Object> badLink = story(shared, "Bad link " + run, List.of("IMMEDIATE"), "COMMUNITY");
		badLink.put("evidenceLinks", List.of("javascript:alert(1)"));
		var refused = api("ben").post("/api/v1/value-stories", Api.json(badLink));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("evidenceLinks");
		assertThat(api("ben").get("/api/v1/value-stories?communityId=" + shared).json().get("page").get("totalElements")
				.asLong()).isEqualTo(count);
	}

	@Test
	void aPageOfFootprintsCostsTheSameStatementsWhateverItsSize() {
		Api member = api("ben");
		// a first call settles the token's last use; both pages are full, so both are
		// counted
		assertThat(member.get("/api/v1/social-artists?size=1").status()).isEqualTo(200);
		long two = statementsFor(() -> assertThat(member.get("/api/v1/social-artists?size=2").status()).isEqualTo(200));
		long ten = statementsFor(
				() -> assertThat(member.get("/api/v1/social-artists?size=10").status()).isEqualTo(200));
		assertThat(member.get("/api/v1/social-artists?size=10").json().get("content").size()).isEqualTo(10);
		assertThat(ten).isEqualTo(two).isLessThanOrEqualTo(16);
		var page = WebSession.signedIn(port, email("ben"));
		long pageTwo = statementsFor(() -> page.get("/social-artists"));
		long pageAgain = statementsFor(() -> page.get("/social-artists?page=0"));
		assertThat(pageAgain).isEqualTo(pageTwo);
	}

	private long statementsFor(Runnable call) {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		call.run();
		return statistics.getPrepareStatementCount();
	}

	@Test
	void thePagesAskTheSamePolicy() {
		long inside = write(api("dev"), story(membersOnly, "Page inside " + run, List.of("IMMEDIATE"), "COMMUNITY"));
		write(api("dev"), story(membersOnly, "Page for sponsors " + run, List.of("IMMEDIATE"), "SIGNED_IN"));
		var sponsor = WebSession.signedIn(port, SPONSOR);
		var value = sponsor.get("/communities/" + membersOnly + "/value");
		assertThat(value.status()).isEqualTo(200);
		assertThat(value.body()).contains("Page for sponsors " + run).doesNotContain("Page inside " + run);
		assertThat(sponsor.get("/value-stories/" + inside).status()).isEqualTo(403);
		var report = sponsor.get("/communities/" + membersOnly + "/value/report");
		assertThat(report.body()).contains("Page for sponsors " + run).doesNotContain("Page inside " + run);
		assertThat(sponsor.get("/value/report").body()).doesNotContain("Page inside " + run);
		var csv = sponsor.get("/communities/" + membersOnly + "/value/report.csv");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");

		var eli = WebSession.signedIn(port, email("eli"));
		assertThat(eli.get("/communities/" + membersOnly + "/value").body()).contains("Page for sponsors " + run)
				.doesNotContain("Page inside " + run);
		assertThat(eli.get("/communities/" + membersOnly + "/value/new").status()).isEqualTo(403);
		assertThat(eli.get("/value-stories/" + inside).status()).isEqualTo(403);
		assertThat(WebSession.signedIn(port, email("dev")).get("/communities/" + membersOnly + "/value").body())
				.contains("Page for sponsors " + run, "Page inside " + run);

		String artist = "/social-artists/" + ids.get("alma");
		var member = WebSession.signedIn(port, email("ben"));
		assertThat(member.get(artist).body()).doesNotContain("What I recognise");
		assertThat(member.submit(artist, artist + "/endorsements", Map.of("note", "From a member")).status())
				.isEqualTo(403);
		assertThat(new WebSession(port).get(artist).status()).isEqualTo(302);
	}

	@Test
	void onlyTheAuthorChangesAStoryAndAStaleVersionIsRefused() {
		long id = write(api("ben"), story(shared, "First telling " + run, List.of("POTENTIAL"), "COMMUNITY"));
		JsonNode read = api("ben").get("/api/v1/value-stories/" + id).json();
		long version = read.get("version").asLong();
		Map<String, Object> edit = story(shared, "Second telling " + run, List.of("POTENTIAL", "APPLIED"), "SIGNED_IN");
		edit.put("version", version);
		assertThat(api("cleo").put("/api/v1/value-stories/" + id, Api.json(edit)).status()).isEqualTo(403);
		var changed = api("ben").put("/api/v1/value-stories/" + id, Api.json(edit));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("title").asString()).isEqualTo("Second telling " + run);

		edit.put("title", "Stale telling " + run);
		var stale = api("ben").put("/api/v1/value-stories/" + id, Api.json(edit));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api("ben").get("/api/v1/value-stories/" + id).json().get("title").asString())
				.isEqualTo("Second telling " + run);

		assertThat(api("cleo").delete("/api/v1/value-stories/" + id).status()).isEqualTo(403);
		assertThat(api("ben").delete("/api/v1/value-stories/" + id).status()).isEqualTo(204);
		assertThat(api("ben").get("/api/v1/value-stories/" + id).status()).isEqualTo(404);
	}

	@Test
	void theReportCountsVisibleStoriesPerCycleAndItsCsvIsSafeToOpen() {
		long community = convene(api("fay"), "Fay's report " + run, "PUBLIC");
		join(api("ben"), community);
		write(api("ben"),
				story(community, "=HYPERLINK(\"http://evil\") " + run, List.of("IMMEDIATE", "APPLIED"), "SIGNED_IN"));
		write(api("ben"), story(community, "Applied, again " + run, List.of("APPLIED"), "SIGNED_IN"));
		write(api("ben"), story(community, "Kept inside " + run, List.of("REALIZED"), "COMMUNITY"));

		var report = Api.as(port, SPONSOR).get("/api/v1/value-report?communityId=" + community);
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		JsonNode counts = report.json().get("countsPerCycle");
		assertThat(counts.get("IMMEDIATE").asLong()).isEqualTo(1);
		assertThat(counts.get("APPLIED").asLong()).isEqualTo(2);
		assertThat(counts.get("REALIZED").asLong()).isZero();
		assertThat(report.json().get("storyCount").asLong()).isEqualTo(2);
		assertThat(report.json().get("stories").get("content").valueStream().map(s -> s.get("title").asString()))
				.containsExactlyInAnyOrder("=HYPERLINK(\"http://evil\") " + run, "Applied, again " + run);
		assertThat(report.json().get("conveners").get(0).get("displayName").asString()).isEqualTo("Fay " + run);

		var csv = Api.as(port, SPONSOR).get("/api/v1/value-report.csv?communityId=" + community);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("id,community,title,cycles,issues,author,created");
		assertThat(lines).hasSize(3);
		assertThat(csv.body()).contains(",\"'=HYPERLINK(\"\"http://evil\"\") " + run + "\",")
				.contains("\"Applied, again " + run + "\"").contains("Immediate value; Applied value")
				.doesNotContain("Kept inside");
	}

	@Test
	void theReportShowsItsStoriesAPageAtATimeAndItsCsvHoldsThemAll() {
		long community = convene(api("fay"), "Fay's long report " + run, "PUBLIC");
		join(api("ben"), community);
		int written = ValueReports.STORIES_SHOWN + 2;
		for (int i = 1; i <= written; i++) {
			write(api("ben"), story(community, "Story " + i + " of " + run, List.of("APPLIED"), "SIGNED_IN"));
		}

		var sponsor = Api.as(port, SPONSOR);
		JsonNode first = sponsor.get("/api/v1/value-report?communityId=" + community).json();
		assertThat(first.get("storyCount").asLong()).isEqualTo(written);
		assertThat(first.get("stories").get("content")).hasSize(ValueReports.STORIES_SHOWN);
		assertThat(first.get("stories").get("content").get(0).get("title").asString())
				.isEqualTo("Story " + written + " of " + run);
		assertThat(first.get("stories").get("page").get("totalElements").asLong()).isEqualTo(written);
		JsonNode last = sponsor.get("/api/v1/value-report?communityId=" + community + "&page=1").json();
		assertThat(last.get("stories").get("content").valueStream().map(s -> s.get("title").asString()))
				.containsExactly("Story 2 of " + run, "Story 1 of " + run);
		assertThat(last.get("countsPerCycle").get("APPLIED").asLong()).isEqualTo(written);

		var page = WebSession.signedIn(port, SPONSOR);
		String report = page.get("/communities/" + community + "/value/report").body();
		assertThat(report).contains("Story " + written + " of " + run, "Page 1 of 2")
				.doesNotContain(">Story 1 of " + run + "<")
				.contains("/communities/" + community + "/value/report?page=1");
		assertThat(page.get("/communities/" + community + "/value/report?page=1").body())
				.contains(">Story 1 of " + run + "<");

		String[] lines = sponsor.get("/api/v1/value-report.csv?communityId=" + community).body().split("\r\n");
		assertThat(lines).hasSize(written + 1);
		assertThat(lines[1]).contains("Story " + written + " of " + run, "Applied value", "Ben " + run);
		assertThat(lines[written]).contains("Story 1 of " + run);
	}
}
