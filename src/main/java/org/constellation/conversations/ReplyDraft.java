package org.constellation.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** A reply as its author writes it; {@code version} as for a thread. */
@NamedInterface(name = "api", propagate = false)
public record ReplyDraft(@NotNull(message = "Choose what kind of reply this is") ReplyKind kind,
		@NotBlank(message = "Write your reply") @Size(max = 10000, message = "Keep it under 10,000 characters") String body,
		Long version) {
}
