package org.constellation.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * A thread as its author writes it. {@code version} is the one an edit started
 * from: a stale edit is refused, never silently overwritten.
 */
@NamedInterface(name = "api", propagate = false)
public record ThreadDraft(@NotNull(message = "Choose what kind of conversation this is") ThreadKind kind,
		@NotBlank(message = "Give the conversation a title") @Size(max = 200, message = "Keep the title under 200 characters") String title,
		@NotBlank(message = "Write what you would like to bring") @Size(max = 10000, message = "Keep it under 10,000 characters") String body,
		Long version) {
}
