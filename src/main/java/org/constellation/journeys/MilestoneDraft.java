package org.constellation.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A milestone as marked: optionally in a partnership the person is in. */
@NamedInterface(name = "api", propagate = false)
public record MilestoneDraft(
		@NotBlank(message = "Give the milestone a title") @Size(max = 200, message = "A title has 200 characters at most") String title,
		@NotNull(message = "Choose the date") LocalDate happenedOn,
		@Size(max = 2000, message = "A note has 2,000 characters at most") String note, Long partnershipId) {
}
