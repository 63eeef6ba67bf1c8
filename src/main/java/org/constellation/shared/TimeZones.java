package org.constellation.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.modulith.NamedInterface;

/**
 * The one rule for a time zone a person gives (a gathering, a cadence, a
 * session): a place's zone such as Europe/Berlin, or UTC. A fixed offset
 * ({@code +02:00}) is refused: it would keep a meeting at the same instant when
 * the place it is held in changes to or from summer time. Stored as its id.
 */
@NamedInterface(name = "api", propagate = false)
public final class TimeZones {

	static final String MISSING = "Choose a time zone";
	static final String UNKNOWN = "Choose a time zone from the list, such as Europe/Berlin";

	private TimeZones() {
	}

	/** The zone, or a refusal naming {@code field}. */
	public static ZoneId check(String field, String zone) {
		if (zone == null || zone.isBlank()) {
			throw new InvalidInputException(field, MISSING);
		}
		try {
			return check(field, ZoneId.of(zone.strip()));
		} catch (DateTimeException unknown) {
			throw new InvalidInputException(field, UNKNOWN);
		}
	}

	/** The same for a zone already read (by a page's form). */
	public static ZoneId check(String field, ZoneId zone) {
		if (zone == null) {
			throw new InvalidInputException(field, MISSING);
		}
		if (zone instanceof ZoneOffset) {
			throw new InvalidInputException(field, UNKNOWN);
		}
		return zone;
	}
}
