package org.constellation.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.modulith.NamedInterface;

/**
 * A cadence as partners set it. {@code dayOfWeek} is for weekly, fortnightly
 * and monthly; {@code weekOfMonth} (1 to 4) for monthly; {@code intervalDays}
 * for custom. {@code startDate} is the first day sessions may fall on.
 */
@NamedInterface(name = "api", propagate = false)
public record CadenceDraft(CadenceKind kind, DayOfWeek dayOfWeek, Integer weekOfMonth, Integer intervalDays,
		LocalDate startDate, LocalTime time, String timeZone, Integer durationMinutes, Long version) {
}
