package org.constellation.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A journal entry as written. {@code version} is the one an edit started from;
 * {@code writtenAt} (optional, never in the future) brings in an entry kept
 * elsewhere, such as a paper journal.
 */
@NamedInterface(name = "api", propagate = false)
public record EntryDraft(
		@NotBlank(message = "Give the entry a title") @Size(max = 200, message = "A title has 200 characters at most") String title,
		@Size(max = 20000, message = "An entry has 20,000 characters at most") String body, Long version,
		Instant writtenAt) {

	public EntryDraft(String title, String body, Long version) {
		this(title, body, version, null);
	}
}
