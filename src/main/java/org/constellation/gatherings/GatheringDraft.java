package org.constellation.gatherings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.modulith.NamedInterface;

/**
 * A gathering as a person plans it: the date and time on the clock of the
 * chosen zone. {@code version} is the one an edit started from.
 */
@NamedInterface(name = "api", propagate = false)
public record GatheringDraft(@NotBlank(message = "Give the gathering a title") @Size(max = 200) String title,
		@NotNull(message = "Choose the date") LocalDate date,
		@NotNull(message = "Choose the start time") LocalTime time,
		@NotBlank(message = "Choose a time zone") String timeZone,
		@NotNull(message = "Say how long it lasts, in minutes") @Positive(message = "Say how long it lasts: at least one minute") @Max(value = 1440, message = "A gathering lasts a day at most") Integer durationMinutes,
		@Size(max = 500) String place, @Size(max = 1000) String onlineLink, @Size(max = 8000) String agenda,
		Long version) {
}
