package org.constellation.repertoire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * A word of the community's shared language, what it means there, and an
 * example.
 */
@NamedInterface(name = "api", propagate = false)
public record GlossaryTermDraft(@NotBlank(message = "Write the term") @Size(max = 120) String term,
		@NotBlank(message = "Say what it means here") @Size(max = 4000) String meaning,
		@Size(max = 2000) String example, Long version) {

	public GlossaryTermDraft {
		example = example == null ? "" : example;
	}
}
