package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.support.Api;
import org.constellation.support.CalendarFixtures;
import org.constellation.support.CalendarFixtures.ClashingWeek;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Invites and personal feeds, read back with ical4j as a calendar app would
 * read them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CommunityService communities;

	@Autowired
	MembershipService memberships;

	@Autowired
	GatheringService gatherings;

	@Autowired
	PasswordEncoder passwords;

	GatheringFixtures fixtures;
	AccountPrincipal convener;
	AccountPrincipal member;

	@BeforeEach
	void people() {
		fixtures = new GatheringFixtures(accounts, communities, memberships, passwords);
		convener = fixtures.person("America/Chicago");
		member = fixtures.person("Europe/Berlin");
	}

	long propose(AccountPrincipal who, long community, String title, ZonedDateTime start) {
		var created = Api.as(port, who.email()).post("/api/v1/communities/" + community + "/gatherings",
				Api.json(GatheringFixtures.draft(title, start, 90)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("gathering").get("id").asLong();
	}

	static Calendar parse(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	static Set<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> e.getUid().orElseThrow().getValue())
				.collect(Collectors.toSet());
	}

	@Test
	void theInviteReadsBackWithItsZoneInstantTitleAndPlace() throws Exception {
		long community = fixtures.community(convener, Visibility.PUBLIC, member);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("America/Chicago")).plusDays(10).withHour(16).withMinute(0)
				.truncatedTo(ChronoUnit.MINUTES);
		long id = propose(convener, community, "Family voice circle", start);

		var response = Api.as(port, member.email()).get("/api/v1/gatherings/" + id + "/calendar.ics");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/calendar");
		Calendar calendar = parse(response.body());
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
		assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
		assertThat(calendar.getProperty("PRODID")).isPresent();
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);

		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("gathering-" + id + "@constellation");
		DtStart<ZonedDateTime> dtStart = event.getDateTimeStart();
		assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Chicago");
		assertThat(dtStart.getDate().toInstant()).isEqualTo(start.toInstant());
		assertThat(event.getSummary().getValue()).isEqualTo("Family voice circle");
		assertThat(event.getLocation().getValue()).isEqualTo("Room 4, Lincoln Elementary");
		assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.org/circle");
		assertThat(event.getDescription().getValue()).contains("Check-in").contains("/gatherings/" + id);
		assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");

		// the page's "Add to my calendar" link gives the same file to the signed-in
		// session
		var page = WebSession.signedIn(port, member.email()).get("/gatherings/" + id + "/calendar.ics");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/calendar");
		assertThat(uids(parse(page.body()))).containsExactly("gathering-" + id + "@constellation");
	}

	@Test
	void aCancelledGatheringsInviteSaysSoWithAHigherSequence() throws Exception {
		long community = fixtures.community(convener, Visibility.PUBLIC, member);
		long id = propose(member, community, "To be cancelled",
				ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(3));
		Api.as(port, member.email()).post("/api/v1/gatherings/" + id + "/cancel", "");
		VEvent event = parse(Api.as(port, member.email()).get("/api/v1/gatherings/" + id + "/calendar.ics").body())
				.<VEvent>getComponents(Component.VEVENT).getFirst();
		assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue())).isPositive();
	}

	@Test
	void theFeedHoldsExactlyTheGatheringsThePersonSaidYesOrMaybeTo() throws Exception {
		long community = fixtures.community(convener, Visibility.PUBLIC, member);
		ZonedDateTime soon = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(2);
		long yes = propose(convener, community, "Yes", soon);
		long maybe = propose(convener, community, "Maybe", soon.plusDays(1));
		long no = propose(convener, community, "No", soon.plusDays(2));
		propose(convener, community, "Unanswered", soon.plusDays(3));
		Api api = Api.as(port, member.email());
		api.put("/api/v1/gatherings/" + yes + "/rsvp", "{\"response\":\"YES\"}");
		api.put("/api/v1/gatherings/" + maybe + "/rsvp", "{\"response\":\"MAYBE\"}");
		api.put("/api/v1/gatherings/" + no + "/rsvp", "{\"response\":\"NO\"}");

		assertThat(api.get("/api/v1/me/calendar-feed").json().get("active").asBoolean()).isFalse();
		String url = api.post("/api/v1/me/calendar-feed/reset", "").json().get("url").asString();
		var feed = Api.anonymous(port).get(path(url));
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(uids(parse(feed.body()))).containsExactlyInAnyOrder("gathering-" + yes + "@constellation",
				"gathering-" + maybe + "@constellation");
		assertThat(api.get("/api/v1/me/calendar-feed").json().get("active").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/me/calendar-feed").body()).doesNotContain(path(url));
	}

	@Test
	void afterAResetTheOldLinkIsGoneAndTheNewOneWorks() {
		Api api = Api.as(port, member.email());
		String first = api.post("/api/v1/me/calendar-feed/reset", "").json().get("url").asString();
		assertThat(Api.anonymous(port).get(path(first)).status()).isEqualTo(200);
		String second = api.post("/api/v1/me/calendar-feed/reset", "").json().get("url").asString();
		assertThat(second).isNotEqualTo(first);
		assertThat(Api.anonymous(port).get(path(first)).status()).isEqualTo(404);
		assertThat(Api.anonymous(port).get(path(second)).status()).isEqualTo(200);
		assertThat(Api.anonymous(port).get("/calendar/made-up.ics").status()).isEqualTo(404);
	}

	@Test
	void leavingAMembersOnlyCommunityTakesItsGatheringsOutOfTheFeed() throws Exception {
		long closed = fixtures.community(convener, Visibility.MEMBERS, member);
		long id = propose(convener, closed, "Members only", ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(2));
		Api api = Api.as(port, member.email());
		api.put("/api/v1/gatherings/" + id + "/rsvp", "{\"response\":\"YES\"}");
		String feed = path(api.post("/api/v1/me/calendar-feed/reset", "").json().get("url").asString());
		assertThat(uids(parse(Api.anonymous(port).get(feed).body())))
				.containsExactly("gathering-" + id + "@constellation");

		memberships.leave(member, closed);
		assertThat(uids(parse(Api.anonymous(port).get(feed).body()))).isEmpty();
		assertThat(gatherings.gathering(id).getTitle()).isEqualTo("Members only");
	}

	// Your calendar as data: GET /api/v1/me/calendar

	@Test
	void theCalendarHoldsTheSessionAndGatheringsWithTheClashNamedOnBoth() {
		ClashingWeek week = CalendarFixtures.clashingWeek(port, "Europe/Berlin");
		LocalDate day = week.sessionStart().toLocalDate();
		var answer = week.me().api().get("/api/v1/me/calendar?from=" + day + "&to=" + day.plusDays(6));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode body = answer.json();
		assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(body.get("from").asString()).isEqualTo(day.toString());
		assertThat(body.get("to").asString()).isEqualTo(day.plusDays(6).toString());

		Map<String, JsonNode> byTitle = new HashMap<>();
		List<String> inOrder = new ArrayList<>();
		body.get("events").forEach(e -> {
			byTitle.put(e.get("title").asString(), e);
			inOrder.add(e.get("title").asString());
		});
		// in the order they start
		assertThat(inOrder).containsExactly(week.focus(), week.clashingTitle(), week.laterTitle());
		JsonNode session = byTitle.get(week.focus());
		JsonNode clashing = byTitle.get(week.clashingTitle());
		JsonNode later = byTitle.get(week.laterTitle());
		assertThat(session.get("kind").asString()).isEqualTo("PARTNERSHIP_SESSION");
		assertThat(session.get("link").asString())
				.isEqualTo("/partnerships/" + week.partnership() + "/sessions/" + week.sessionNumber());
		assertThat(OffsetDateTime.parse(session.get("start").asString()).toInstant())
				.isEqualTo(week.sessionStart().toInstant());
		// written in the reader's own zone
		assertThat(session.get("start").asString()).startsWith(day + "T16:00");
		assertThat(clashing.get("kind").asString()).isEqualTo("GATHERING");
		assertThat(clashing.get("community").asString()).isEqualTo(week.communityName());
		assertThat(clashing.get("yourAnswer").asString()).isEqualTo("YES");
		assertThat(later.get("yourAnswer").asString()).isEqualTo("MAYBE");

		// the clash is named on both events, and nowhere else
		assertThat(ids(session.get("clashesWith"))).containsExactly(clashing.get("id").asString());
		assertThat(ids(clashing.get("clashesWith"))).containsExactly(session.get("id").asString());
		assertThat(ids(later.get("clashesWith"))).isEmpty();

		// a cancelled gathering stays in the calendar, marked, and clashes no more
		assertThat(week.partner().api().post("/api/v1/gatherings/" + week.clashing() + "/cancel", "").status())
				.isEqualTo(200);
		JsonNode after = week.me().api().get("/api/v1/me/calendar?from=" + day + "&to=" + day).json();
		assertThat(after.get("events")).hasSize(2).allSatisfy(e -> assertThat(e.get("clashesWith")).isEmpty());
		assertThat(after.get("events")).anySatisfy(e -> assertThat(e.get("cancelled").asBoolean()).isTrue());
	}

	@Test
	void anotherPersonsPartnershipSessionIsNeverInTheCalendar() {
		ClashingWeek week = CalendarFixtures.clashingWeek(port, "America/Chicago");
		LocalDate day = week.sessionStart().toLocalDate();
		String path = "/api/v1/me/calendar?from=" + day.minusDays(1) + "&to=" + day.plusDays(1);
		assertThat(week.me().api().get(path).body()).doesNotContain(week.othersFocus());
		// nor in the partner's, who shares only the partnership and the community
		assertThat(week.partner().api().get(path).body()).doesNotContain(week.othersFocus()).contains(week.focus());
		// a steward and a sponsor see only their own events, never the members'
		assertThat(Api.as(port, "steward@example.org").get(path).body()).doesNotContain(week.focus())
				.doesNotContain(week.othersFocus());
		var sponsor = Api.as(port, "sponsor@example.org").get(path);
		assertThat(sponsor.status()).isEqualTo(200);
		assertThat(sponsor.json().get("events")).isEmpty();
		assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
	}

	@Test
	void aRangeIsSixWeeksAtMostAndABadOneIsA400NamingTheField() {
		Api api = Api.as(port, member.email());
		assertThat(api.get("/api/v1/me/calendar?from=2026-03-01&to=2026-04-11").status()).isEqualTo(200);
		assertProblem(api.get("/api/v1/me/calendar?from=2026-03-01&to=2026-04-12"), "to");
		assertProblem(api.get("/api/v1/me/calendar?from=2026-03-10&to=2026-03-09"), "to");
		assertProblem(api.get("/api/v1/me/calendar?from=next-tuesday"), "from");
		assertProblem(api.get("/api/v1/me/calendar?from=2026-03-01&to=2026-02-30"), "to");
		// without a range: two weeks from today in the reader's zone
		JsonNode fromToday = api.get("/api/v1/me/calendar").json();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		assertThat(LocalDate.parse(fromToday.get("from").asString())).isBetween(today.minusDays(1), today.plusDays(1));
		assertThat(LocalDate.parse(fromToday.get("to").asString()))
				.isEqualTo(LocalDate.parse(fromToday.get("from").asString()).plusDays(13));
	}

	private static void assertProblem(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach(n -> ids.add(n.asString()));
		return ids;
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/calendar/"));
	}

}
