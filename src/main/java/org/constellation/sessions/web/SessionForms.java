package org.constellation.sessions.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.constellation.sessions.Cadence;
import org.constellation.sessions.CadenceDraft;
import org.constellation.sessions.CadenceKind;
import org.constellation.shared.web.TimeZoneInput;
import org.springframework.validation.BindingResult;

/**
 * The session pages' forms, each field kept as typed so that a form with an
 * error comes back exactly as it was sent.
 */
public final class SessionForms {

	private SessionForms() {
	}

	public record CadenceForm(String kind, String dayOfWeek, String weekOfMonth, String intervalDays, String startDate,
			String time, ZoneId timeZone, String durationMinutes, Long version) {

		static CadenceForm of(Cadence c, ZoneId zone) {
			if (c == null) {
				return new CadenceForm("WEEKLY", "TUESDAY", "1", "7", LocalDate.now().toString(), "16:00", zone, "60",
						null);
			}
			return new CadenceForm(c.getKind().name(), c.getDayOfWeek() == null ? "" : c.getDayOfWeek().name(),
					c.getWeekOfMonth() == null ? "1" : c.getWeekOfMonth().toString(),
					c.getIntervalDays() == null ? "7" : c.getIntervalDays().toString(), c.getStartDate().toString(),
					c.getStartTime().toString(), TimeZoneInput.read(c.getTimeZone()),
					String.valueOf(c.getDurationMinutes()), c.getVersion());
		}

		CadenceDraft toDraft(BindingResult errors) {
			return new CadenceDraft(parse(kind, CadenceKind::valueOf, "kind", "Choose how often you meet", errors),
					parse(dayOfWeek, DayOfWeek::valueOf, "dayOfWeek", "Choose the day of the week", errors),
					parse(weekOfMonth, Integer::valueOf, "weekOfMonth", "Choose which week of the month", errors),
					parse(intervalDays, Integer::valueOf, "intervalDays", "Give a whole number of days, like 10",
							errors),
					parse(startDate, LocalDate::parse, "startDate", "Choose the first day", errors),
					parse(time, LocalTime::parse, "time", "Choose the start time, like 16:00", errors),
					TimeZoneInput.id(timeZone), parse(durationMinutes, Integer::valueOf, "durationMinutes",
							"Give the length in whole minutes", errors),
					version);
		}
	}

	public record SessionForm(String date, String time, ZoneId timeZone, String durationMinutes, Long version) {

		static SessionForm blank(ZoneId zone) {
			return new SessionForm("", "", zone, "60", null);
		}

		LocalDate parsedDate(BindingResult errors) {
			return parse(date, LocalDate::parse, "date", "Choose the date", errors);
		}

		LocalTime parsedTime(BindingResult errors) {
			return parse(time, LocalTime::parse, "time", "Choose the start time, like 16:00", errors);
		}

		Integer parsedDuration(BindingResult errors) {
			return parse(durationMinutes, Integer::valueOf, "durationMinutes", "Give the length in whole minutes",
					errors);
		}
	}

	public record CheckInForm(Boolean attending, String line) {
	}

	public record TextForm(String body) {
	}

	/** {@code shared} is absent when the box is left unticked. */
	public record ReflectionForm(String body, Boolean shared) {

		public boolean isShared() {
			return Boolean.TRUE.equals(shared);
		}
	}

	static <T> T parse(String text, Function<String, T> parser, String field, String message, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		} catch (DateTimeParseException | IllegalArgumentException e) {
			errors.rejectValue(field, "unreadable", message);
			return null;
		}
	}
}
