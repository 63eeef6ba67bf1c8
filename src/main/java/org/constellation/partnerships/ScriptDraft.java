package org.constellation.partnerships;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An opening script as its author writes it: a name, a line on it, and its
 * steps in order.
 */
public record ScriptDraft(
		@NotBlank(message = "Give the script a name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
		@Size(max = 1000, message = "Keep the description under 1,000 characters") String description,
		@Valid List<StepDraft> steps) {

	public ScriptDraft {
		steps = steps == null ? List.of() : steps.stream().filter(s -> s != null && !s.isBlank()).toList();
	}

	public record StepDraft(@NotNull(message = "Choose what the step is about") StepCategory category,
			@NotNull(message = "Choose how partners take the step") Move move,
			@Size(max = 1000, message = "Keep the question under 1,000 characters") String question,
			@Size(max = 2000, message = "Keep the guidance under 2,000 characters") String guidance) {

		boolean isBlank() {
			return (question == null || question.isBlank()) && (guidance == null || guidance.isBlank());
		}
	}
}
