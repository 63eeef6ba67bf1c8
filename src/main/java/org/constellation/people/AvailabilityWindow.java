package org.constellation.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.modulith.NamedInterface;

/** A weekly window in which a practitioner can meet, in their own time zone. */
@Embeddable
@NamedInterface(name = "api", propagate = false)
public record AvailabilityWindow(@Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
		@Column(name = "starts_at") LocalTime start, @Column(name = "ends_at") LocalTime end) {

	/**
	 * A window needs a day, and ends after it starts (windows across midnight are
	 * two windows).
	 */
	public boolean isComplete() {
		return day != null && start != null && end != null && end.isAfter(start);
	}
}
