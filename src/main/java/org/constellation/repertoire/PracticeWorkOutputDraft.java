package org.constellation.repertoire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * An output of practice work: a title, and a web address or a note (or both).
 */
@NamedInterface(name = "api", propagate = false)
public record PracticeWorkOutputDraft(@NotBlank(message = "Give the output a title") @Size(max = 200) String title,
		@Size(max = 2000) String url, @Size(max = 8000) String note) {
}
