package org.constellation.repertoire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * Practice work as a person proposes or edits it. {@code status} left out keeps
 * the current one (a proposal starts as PROPOSED); {@code version} is the one
 * the person read, so a stale edit is refused.
 */
@NamedInterface(name = "api", propagate = false)
public record PracticeWorkDraft(@NotBlank(message = "Give the work a title") @Size(max = 200) String title,
		@Size(max = 8000) String goal, PracticeWorkStatus status, Long version) {

	public PracticeWorkDraft {
		goal = goal == null ? "" : goal;
	}
}
