package org.constellation.gatherings.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.constellation.gatherings.CalendarFeedService;
import org.constellation.gatherings.GatheringService;
import org.constellation.gatherings.ICalendar;
import org.constellation.people.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar files: the invite to one gathering (for a bearer token under
 * /api/v1, and for the page's own session under /gatherings, through the same
 * method) and each person's private feed.
 */
@RestController
@Tag(name = "Calendar", description = "iCalendar invites and your private calendar feed")
class CalendarApi {

	record FeedView(boolean active, Instant madeAt, String url, String note) {
	}

	private final GatheringService gatherings;
	private final CalendarFeedService feeds;

	CalendarApi(GatheringService gatherings, CalendarFeedService feeds) {
		this.gatherings = gatherings;
		this.feeds = feeds;
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
