package org.constellation.repertoire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A piece of the repertoire as a person adds or edits it: a body in Markdown
 * and/or a web address (a LINK needs the address), free tags, and issues of the
 * portfolio.
 */
@NamedInterface(name = "api", propagate = false)
public record ArtifactDraft(@NotNull(message = "Choose what kind of thing this is") ArtifactKind kind,
		@NotBlank(message = "Give it a title") @Size(max = 200) String title, @Size(max = 20000) String body,
		@Size(max = 2000) String url, @Size(max = 12, message = "At most 12 tags") List<String> tags,
		Set<Long> issueIds, Long version) {

	public ArtifactDraft {
		body = body == null ? "" : body;
		tags = tags == null ? List.of() : List.copyOf(tags);
		issueIds = issueIds == null ? Set.of() : Set.copyOf(issueIds);
	}
}
