package org.constellation.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a steward writes to add or change a stakeholder group. */
public record StakeholderGroupDraft(
		@NotBlank(message = "{group.name.required}") @Size(max = 120, message = "{field.tooLong}") String name,
		@Size(max = 500, message = "{field.tooLong}") String description, boolean retired) {
}
