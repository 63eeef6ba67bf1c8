package org.constellation.gatherings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed: one secret link that a calendar app
 * polls without signing in. The link is shown once, when it is made; only its
 * SHA-256 is stored, so making a new one is how a lost or shared link is shut.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

	/** How far back the feed reaches, so a calendar keeps the recent past. */
	static final Duration PAST = Duration.ofDays(90);

	private final CalendarFeeds feeds;
	private final List<CalendarFeedSource> sources;
	private final Clock clock;
	private final String baseUrl;

	CalendarFeedService(CalendarFeeds feeds, List<CalendarFeedSource> sources, Clock clock,
			@Value("${constellation.base-url}") String baseUrl) {
		this.feeds = feeds;
		this.sources = sources;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** When the person's current link was made, if they have one. */
	public Optional<Instant> madeAt(AccountPrincipal viewer) {
		return feeds.findById(practitioner(viewer)).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * Makes a new link and returns it; the previous one stops working at once.
	 */
	@Transactional
	public String reset(AccountPrincipal viewer) {
		long id = practitioner(viewer);
		String secret = Secrets.newSecret("");
		CalendarFeed feed = feeds.findById(id).orElseGet(() -> new CalendarFeed(id));
		feed.renew(Secrets.hash(secret), clock.instant());
		feeds.saveAndFlush(feed);
		return url(secret);
	}

	public String url(String secret) {
		return baseUrl + "/calendar/" + secret + ".ics";
	}

	/** The feed behind a secret link; an unknown or replaced link is a 404. */
	public String calendar(String secret) {
		CalendarFeed feed = feeds.findBySecretHash(Secrets.hash(secret))
				.orElseThrow(() -> new NotFoundException("Calendar"));
		Instant since = clock.instant().minus(PAST);
		List<CalendarEvent> events = new ArrayList<>();
		sources.forEach(s -> events.addAll(s.eventsFor(feed.getPractitionerId(), since)));
		events.sort(Comparator.comparing(e -> e.start().toInstant()));
		return ICalendar.write("Constellation", events);
	}

	private static long practitioner(AccountPrincipal viewer) {
		if (viewer.practitionerId() == null) {
			throw new ForbiddenException("Only practitioners have a calendar");
		}
		return viewer.practitionerId();
	}
}
