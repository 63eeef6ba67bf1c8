package org.constellation.shared.web;

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

	public String format(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		ZoneId id = zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
		return LONG.format(instant.atZone(id));
	}
}
