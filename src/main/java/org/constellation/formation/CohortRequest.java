package org.constellation.formation;

import java.util.List;

/**
 * Who a run forms: a community's members, a list of practitioners, everyone at
 * a place or concerned with an issue, or (all empty) everyone open to a
 * partnership. Only people open to a partnership are formed.
 */
public record CohortRequest(Long communityId, List<Long> practitionerIds, Long placeId, Long issueId) {

	public CohortRequest {
		practitionerIds = practitionerIds == null
				? List.of()
				: practitionerIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}
}
