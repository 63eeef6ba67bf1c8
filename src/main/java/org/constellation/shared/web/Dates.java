package org.constellation.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Writes times out in the reader's own time zone, with the zone shown ("Tuesday
 * 3 March 2026, 16:00 CET").
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz",
			Locale.ENGLISH);

	private static final DateTimeFormatter NEAR = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm zzz", Locale.ENGLISH);

	/** How far from now a date is written without its year. */
	private static final Duration NEAR_ENOUGH = Duration.ofDays(150);

	private final Clock clock;

	Dates(Clock clock) {
		this.clock = clock;
	}

	public String format(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		return LONG.format(instant.atZone(zoneOf(zone)));
	}

	/**
	 * A moment close to now, such as the next session, without its year ("Tuesday 3
	 * March, 16:00 CET"); one further away keeps it.
	 */
	public String formatNear(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		Duration away = Duration.between(clock.instant(), instant).abs();
		return (away.compareTo(NEAR_ENOUGH) < 0 ? NEAR : LONG).format(instant.atZone(zoneOf(zone)));
	}

	private static ZoneId zoneOf(String zone) {
		return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
	}
}
