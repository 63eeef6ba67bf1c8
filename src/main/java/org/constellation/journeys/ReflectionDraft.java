package org.constellation.journeys;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** Where a person sees themselves on a day, and why, in their words. */
@NamedInterface(name = "api", propagate = false)
public record ReflectionDraft(@NotNull(message = "Choose the stage where you see yourself") Long stageId,
		@NotNull(message = "Choose the date") LocalDate reflectedOn,
		@Size(max = 4000, message = "A reflection has 4,000 characters at most") String reflection) {
}
