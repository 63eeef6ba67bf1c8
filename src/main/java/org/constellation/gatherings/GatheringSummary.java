package org.constellation.gatherings;

import java.util.Map;

/**
 * A gathering as lists show it: its community, the answers so far, and the
 * reader's own answer (null when they have not answered).
 */
public record GatheringSummary(Gathering gathering, String communityName, Map<RsvpResponse, Long> counts,
		RsvpResponse myResponse) {

	public long count(RsvpResponse response) {
		return counts.getOrDefault(response, 0L);
	}
}
