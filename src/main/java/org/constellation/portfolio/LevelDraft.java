package org.constellation.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a level of scale; new levels are added as the narrowest. */
public record LevelDraft(
		@NotBlank(message = "{level.name.required}") @Size(max = 80, message = "{field.tooLong}") String name) {
}
