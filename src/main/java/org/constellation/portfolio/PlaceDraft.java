package org.constellation.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** What a steward writes to add or change a place. */
@NamedInterface(name = "api", propagate = false)
public record PlaceDraft(
		@NotBlank(message = "{place.name.required}") @Size(max = 160, message = "{field.tooLong}") String name,
		@NotNull(message = "{place.level.required}") Long levelId, Long parentId) {
}
