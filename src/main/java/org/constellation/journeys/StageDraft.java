package org.constellation.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A stage as stewards describe it; {@code version} is the one an edit started
 * from.
 */
public record StageDraft(
		@NotBlank(message = "Give the stage a name") @Size(max = 80, message = "A name has 80 characters at most") String name,
		@Size(max = 600, message = "A description has 600 characters at most") String description, boolean transition,
		Long version) {
}
