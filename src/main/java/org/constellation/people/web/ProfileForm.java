package org.constellation.people.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.constellation.people.AvailabilityWindow;
import org.constellation.people.ProfileDraft;
import org.constellation.shared.web.TimeZoneInput;

/**
 * The profile as a page form: lists typed as lines or commas, and availability
 * as rows of day, start and end. It keeps exactly what was typed so that a form
 * with an error comes back as it was sent.
 */
public record ProfileForm(String displayName, Set<Long> stakeholderGroupIds, String affiliations, Long homePlaceId,
		String practiceContext, String expertise, Set<Long> concernIds, String languages, ZoneId timeZone,
		List<String> windowDay, List<String> windowStart, List<String> windowEnd, boolean openToPartnership,
		Integer partnershipCapacity, Long version) {

	static final int BLANK_WINDOW_ROWS = 2;

	public ProfileForm {
		stakeholderGroupIds = stakeholderGroupIds == null ? Set.of() : stakeholderGroupIds;
		concernIds = concernIds == null ? Set.of() : concernIds;
		windowDay = windowDay == null ? List.of() : windowDay;
		windowStart = windowStart == null ? List.of() : windowStart;
		windowEnd = windowEnd == null ? List.of() : windowEnd;
	}

	static ProfileForm of(ProfileDraft d) {
		List<String> days = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		for (AvailabilityWindow w : d.availability()) {
			days.add(w.day().name());
			starts.add(w.start().toString());
			ends.add(w.end().toString());
		}
		for (int i = 0; i < BLANK_WINDOW_ROWS; i++) {
			days.add("");
			starts.add("");
			ends.add("");
		}
		return new ProfileForm(d.displayName(), d.stakeholderGroupIds(), String.join("\n", d.affiliations()),
				d.homePlaceId(), d.practiceContext(), d.expertise(), d.concernIds(), String.join(", ", d.languages()),
				TimeZoneInput.read(d.timeZone()), days, starts, ends, d.openToPartnership(), d.partnershipCapacity(),
				d.version());
	}

	/** The same form, with the place its picker chose. */
	ProfileForm withHomePlaceId(Long placeId) {
		return new ProfileForm(displayName, stakeholderGroupIds, affiliations, placeId, practiceContext, expertise,
				concernIds, languages, timeZone, windowDay, windowStart, windowEnd, openToPartnership,
				partnershipCapacity, version);
	}

	public int windowRows() {
		return Math.max(windowDay.size(), Math.max(windowStart.size(), windowEnd.size()));
	}

	/**
	 * Rows left wholly blank are ignored; a half-filled row is an error the person
	 * must see.
	 */
	List<AvailabilityWindow> windows() {
		List<AvailabilityWindow> windows = new ArrayList<>();
		for (int i = 0; i < windowRows(); i++) {
			String day = at(windowDay, i);
			String start = at(windowStart, i);
			String end = at(windowEnd, i);
			if (day.isBlank() && start.isBlank() && end.isBlank()) {
				continue;
			}
			windows.add(new AvailabilityWindow(parseDay(day), parseTime(start), parseTime(end)));
		}
		return windows;
	}

	ProfileDraft toDraft() {
		return new ProfileDraft(displayName, stakeholderGroupIds, split(affiliations, "\\R"), homePlaceId,
				practiceContext, expertise, concernIds, split(languages, ",|\\R"), TimeZoneInput.id(timeZone),
				windows(), openToPartnership, partnershipCapacity == null ? -1 : partnershipCapacity, version);
	}

	private static List<String> split(String text, String separator) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String at(List<String> list, int i) {
		return i < list.size() && list.get(i) != null ? list.get(i) : "";
	}

	private static DayOfWeek parseDay(String day) {
		try {
			return day.isBlank() ? null : DayOfWeek.valueOf(day);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalTime parseTime(String time) {
		try {
			return time.isBlank() ? null : LocalTime.parse(time);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
