package org.constellation.partnerships;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A group a formation run proposed, sent as a partnership: every member is
 * invited. {@code context} says why they were brought together.
 */
@NamedInterface(name = "api", propagate = false)
public record FormedProposal(String focus, String context, List<Long> issueIds, Long communityId,
		List<Long> memberIds) {

	public FormedProposal {
		issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
		memberIds = memberIds == null ? List.of() : memberIds.stream().distinct().toList();
	}
}
