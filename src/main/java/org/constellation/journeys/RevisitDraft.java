package org.constellation.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A note on coming back to a bewilderment; {@code revisitedAt} is optional. */
@NamedInterface(name = "api", propagate = false)
public record RevisitDraft(
		@NotBlank(message = "Write a note on where you are with it now") @Size(max = 4000, message = "A note has 4,000 characters at most") String note,
		Instant revisitedAt) {

	public RevisitDraft(String note) {
		this(note, null);
	}
}
