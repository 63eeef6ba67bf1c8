package org.constellation.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * What bewilders a person, in their words. {@code notedAt} is optional (never
 * in the future), for one noted earlier elsewhere.
 */
@NamedInterface(name = "api", propagate = false)
public record BewildermentDraft(
		@NotBlank(message = "Write down what bewilders you") @Size(max = 2000, message = "Keep it to 2,000 characters") String text,
		Long version, Instant notedAt) {

	public BewildermentDraft(String text) {
		this(text, null, null);
	}
}
