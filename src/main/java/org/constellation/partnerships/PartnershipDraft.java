package org.constellation.partnerships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A proposal: the focus, why, the issues it is about and up to six others to
 * invite. {@code communityId} places it inside a community (optional);
 * {@code scriptId} picks the opening script (the default when null).
 */
@NamedInterface(name = "api", propagate = false)
public record PartnershipDraft(
		@NotBlank(message = "Say in a line what the partnership is about") @Size(max = 300, message = "Keep the focus under 300 characters") String focus,
		@Size(max = 4000, message = "Keep this under 4,000 characters") String context, List<Long> issueIds,
		List<Long> invitees, Long communityId, boolean openToRequests, Long scriptId) {

	public PartnershipDraft {
		issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
		invitees = invitees == null
				? List.of()
				: invitees.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}
}
