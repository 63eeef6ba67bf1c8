package org.constellation.gatherings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.constellation.gatherings.Gathering;
import org.constellation.gatherings.GatheringDraft;
import org.constellation.shared.web.TimeZoneInput;
import org.springframework.validation.BindingResult;

/**
 * The gathering as a page form: every field kept as typed, so a form with an
 * error comes back exactly as it was sent.
 */
public record GatheringForm(String title, String date, String time, ZoneId timeZone, String durationMinutes,
		String place, String onlineLink, String agenda, Long version) {

	static GatheringForm blank(ZoneId zone) {
		return new GatheringForm("", "", "", zone, "60", "", "", "", null);
	}

	static GatheringForm of(Gathering g) {
		var start = g.start();
		return new GatheringForm(g.getTitle(), start.toLocalDate().toString(), start.toLocalTime().toString(),
				start.getZone(), String.valueOf(g.getDurationMinutes()), g.getPlace(), g.getOnlineLink(), g.getAgenda(),
				g.getVersion());
	}

	/** What could not even be read is put next to its field. */
	GatheringDraft toDraft(BindingResult errors) {
		return new GatheringDraft(title, parse(date, LocalDate::parse, "date", "Choose the date", errors),
				parse(time, LocalTime::parse, "time", "Choose the start time, like 16:00", errors),
				TimeZoneInput.id(timeZone), parse(durationMinutes, Integer::valueOf, "durationMinutes",
						"Give the length in whole minutes, like 90", errors),
				place, onlineLink, agenda, version);
	}

	private static <T> T parse(String text, java.util.function.Function<String, T> parser, String field, String message,
			BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		} catch (DateTimeParseException | NumberFormatException e) {
			errors.rejectValue(field, "unreadable", message);
			return null;
		}
	}
}
