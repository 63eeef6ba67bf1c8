package org.constellation.formation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The weekly window a group shares, as people read it: in their own zone, with
 * the zone named ("Tuesday 16:00–17:30, Europe/Paris").
 */
public record MeetingWindow(Instant startsAt, int minutes) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	public static MeetingWindow of(GroupExplanation why) {
		if (why.windowStartMinute() == null) {
			return null;
		}
		return new MeetingWindow(why.weekStart().plusSeconds(why.windowStartMinute() * 60L), why.windowMinutes());
	}

	public String in(ZoneId zone) {
		ZonedDateTime from = startsAt.atZone(zone);
		ZonedDateTime to = from.plusMinutes(minutes);
		return from.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s " + TIME.format(from) + "\u2013"
				+ TIME.format(to) + ", " + (zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId());
	}
}
