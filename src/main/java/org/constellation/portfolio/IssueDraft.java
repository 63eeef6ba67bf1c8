package org.constellation.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** What a steward writes to add or change an issue (form and API alike). */
@NamedInterface(name = "api", propagate = false)
public record IssueDraft(
		@NotBlank(message = "{issue.name.required}") @Size(max = 160, message = "{field.tooLong}") String name,
		@NotBlank(message = "{issue.description.required}") @Size(max = 8000, message = "{field.tooLong}") String description,
		@NotNull(message = "{issue.status.required}") IssueStatus status, Long parentId,
		@NotEmpty(message = "{issue.levels.required}") Set<Long> levelIds) {

	public IssueDraft {
		levelIds = levelIds == null ? Set.of() : Set.copyOf(levelIds);
	}

	public static IssueDraft of(Issue issue) {
		return new IssueDraft(issue.getName(), issue.getDescription(), issue.getStatus(), issue.getParentId(),
				Set.copyOf(issue.getLevels().stream().map(Level::getId).toList()));
	}
}
