package org.constellation.gatherings.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.constellation.gatherings.CalendarEntry;
import org.constellation.gatherings.CalendarFeedService;
import org.constellation.gatherings.CalendarRange;
import org.constellation.gatherings.GatheringService;
import org.constellation.gatherings.ICalendar;
import org.constellation.gatherings.MyCalendar;
import org.constellation.people.AccountPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar as data, and calendar files: the invite to one gathering
 * (for a bearer token under /api/v1, and for the page's own session under
 * /gatherings, through the same method) and each person's private feed.
 */
@RestController
@Tag(name = "Calendar", description = "iCalendar invites and your private calendar feed")
class CalendarApi {

	record FeedView(boolean active, Instant madeAt, String url, String note) {
	}

	@Schema(description = "One event of your calendar; times are written in your own time zone")
	record EventView(@Schema(description = "Stays the same for the life of the event (the invite's UID)") String id,
			CalendarEntry.Kind kind, String title,
			@Schema(description = "The community of a gathering; empty for a partnership session") String community,
			OffsetDateTime start, OffsetDateTime end, String location,
			@Schema(description = "The event's page in Constellation") String link,
			@Schema(description = "Your answer to a gathering, YES or MAYBE; null for a session") String yourAnswer,
			boolean cancelled,
			@Schema(description = "The ids of your other events that share some of its time; empty when none") List<String> clashesWith) {
	}

	record MyCalendarView(LocalDate from, LocalDate to, String timeZone, List<EventView> events) {
	}

	private final GatheringService gatherings;
	private final CalendarFeedService feeds;
	private final MyCalendar calendar;
	private final Clock clock;

	CalendarApi(GatheringService gatherings, CalendarFeedService feeds, MyCalendar calendar, Clock clock) {
		this.gatherings = gatherings;
		this.feeds = feeds;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/api/v1/me/calendar")
	@Operation(summary = "Your calendar: the gatherings you said yes or maybe to and your partnerships' sessions, "
			+ "each with the events it clashes with", description = "Days are read in your own time zone, both "
					+ "included. Without from, today; without to, two weeks from from. At most 42 days (six weeks) "
					+ "at a time: a longer range, or a last day before the first, is a 400 naming to.")
	MyCalendarView myCalendar(@AuthenticationPrincipal AccountPrincipal me,
			@Parameter(description = "The first day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "The last day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ZoneId zone = calendar.zoneOf(me);
		LocalDate first = from != null ? from : LocalDate.now(clock.withZone(zone));
		LocalDate last = to != null ? to : first.plusDays(13);
		CalendarRange range = calendar.between(me, first, last, zone);
		return new MyCalendarView(range.from(), range.to(), zone.getId(), range.items().stream().map(i -> {
			CalendarEntry e = i.entry();
			return new EventView(e.id(), e.kind(), e.title(), e.context(), e.start().atZone(zone).toOffsetDateTime(),
					e.end().atZone(zone).toOffsetDateTime(), e.location(), e.link(), e.answer(), e.cancelled(),
					i.clashesWith().stream().map(CalendarEntry::id).toList());
		}).toList());
	}

	@GetMapping({"/api/v1/gatherings/{id}/calendar.ics", "/gatherings/{id}/calendar.ics"})
	@Operation(summary = "The gathering as an RFC 5545 invite (text/calendar) for any calendar app")
	ResponseEntity<String> invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return calendar(gatherings.invite(me, id), "gathering-" + id + ".ics");
	}

	@GetMapping("/calendar/{secret}.ics")
	@Operation(summary = "Your private feed of the gatherings you said yes or maybe to; the link is the key")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return calendar(feeds.calendar(secret), "constellation.ics");
	}

	@GetMapping("/api/v1/me/calendar-feed")
	@Operation(summary = "Whether you have a calendar feed and when its link was made (the link is shown only when made)")
	FeedView myFeed(@AuthenticationPrincipal AccountPrincipal me) {
		return feeds.madeAt(me)
				.map(at -> new FeedView(true, at, null,
						"Only a fingerprint of the link is kept. Reset it to get a new link."))
				.orElseGet(() -> new FeedView(false, null, null, "Reset it to make your first link."));
	}

	@PostMapping("/api/v1/me/calendar-feed/reset")
	@Operation(summary = "Make a new calendar feed link; the previous one stops working at once")
	FeedView reset(@AuthenticationPrincipal AccountPrincipal me) {
		String url = feeds.reset(me);
		return new FeedView(true, feeds.madeAt(me).orElse(null), url,
				"Copy this link into your calendar app now: it is shown only once.");
	}

	private static ResponseEntity<String> calendar(String body, String filename) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(body);
	}
}
