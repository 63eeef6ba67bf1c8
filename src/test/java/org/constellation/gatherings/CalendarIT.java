package org.constellation.gatherings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
import org.constellation.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

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

	private static String path(String url) {
		return url.substring(url.indexOf("/calendar/"));
	}

}
