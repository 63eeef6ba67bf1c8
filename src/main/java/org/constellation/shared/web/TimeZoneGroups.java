package org.constellation.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The zones of {@link TimeZoneInput#CHOICES} as a picker offers them: first the
 * reader's own zone, the one already chosen and a few used widely, then every
 * zone grouped by its region (Africa, America, Asia, Europe, …), each named by
 * its place with its offset now ("Berlin (UTC+1)"). Instead of one list of some
 * 600 ids, a person finds theirs at the top, or under their region; the page's
 * script adds a field to search them.
 */
public final class TimeZoneGroups {

	/** A zone as the list shows it: its id, and its place with the offset now. */
	public record Choice(String id, String label) {
	}

	/**
	 * One group: {@code region} is the key of its name in the messages
	 * ({@code zone.region.<region>}), or null for the suggested zones.
	 */
	public record Group(String region, List<Choice> choices) {

		public boolean suggested() {
			return region == null;
		}
	}

	/** Zones used by many, in the order of their offsets. */
	static final List<String> COMMON = List.of("America/Los_Angeles", "America/Denver", "America/Chicago",
			"America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Paris", "Europe/Berlin", "Africa/Lagos",
			"Africa/Johannesburg", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo",
			"Australia/Sydney");

	/** The regions the zones' ids begin with; any other id is under "other". */
	static final List<String> REGIONS = List.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	private TimeZoneGroups() {
	}

	/**
	 * The groups, the suggested ones first: {@code chosen} (the form's value, when
	 * there is one), then {@code own} (the reader's zone), then the common zones.
	 */
	public static List<Group> of(String own, String chosen, Instant now) {
		Set<String> suggested = new LinkedHashSet<>();
		for (String id : new String[]{chosen, own}) {
			if (id != null && !id.isBlank()) {
				suggested.add(id.strip());
			}
		}
		suggested.addAll(COMMON);
		List<Group> groups = new ArrayList<>();
		groups.add(new Group(null, suggested.stream().map(id -> new Choice(id, label(id, true, now))).toList()));
		Map<String, List<Choice>> byRegion = new LinkedHashMap<>();
		REGIONS.forEach(r -> byRegion.put(r, new ArrayList<>()));
		byRegion.put("other", new ArrayList<>());
		for (ZoneId zone : TimeZoneInput.CHOICES) {
			String id = zone.getId();
			String region = id.substring(0, id.indexOf('/'));
			boolean known = byRegion.containsKey(region) && !region.equals("other");
			byRegion.get(known ? region : "other").add(new Choice(id, label(id, !known, now)));
		}
		byRegion.forEach((region, choices) -> {
			if (!choices.isEmpty()) {
				groups.add(new Group(region, List.copyOf(choices)));
			}
		});
		return groups;
	}

	/**
	 * "Buenos Aires, Argentina (UTC-3)" under America; with the region, "Berlin,
	 * Europe (UTC+1)"; "Z" is "UTC". An id that is not a zone is shown as it is.
	 */
	static String label(String id, boolean withRegion, Instant now) {
		ZoneId zone;
		try {
			zone = ZoneId.of(id);
		} catch (java.time.DateTimeException unknown) {
			return id;
		}
		if (!id.contains("/")) {
			// "Z", "UTC", "GMT": a fixed offset reads as one
			return zone instanceof ZoneOffset fixed ? offset(fixed) : id;
		}
		String[] parts = id.replace('_', ' ').split("/");
		StringBuilder place = new StringBuilder(parts[parts.length - 1]);
		for (int i = parts.length - 2; i >= (withRegion ? 0 : 1); i--) {
			place.append(", ").append(parts[i]);
		}
		return place + " (" + offset(zone.getRules().getOffset(now)) + ")";
	}

	static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		int minutes = Math.abs(seconds) / 60;
		return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : ":" + minutes % 60);
	}
}
