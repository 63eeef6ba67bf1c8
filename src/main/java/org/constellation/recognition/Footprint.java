package org.constellation.recognition;

import java.util.List;
import org.constellation.shared.Ref;

/**
 * What a social artist's work has made, counted as docs/guide/recognition.md
 * defines it: the communities they convene, the gatherings they hosted there
 * that took place, the people brought together in those communities, the
 * cross-level connections first made in them, and the value stories written in
 * them.
 */
public record Footprint(Long practitionerId, String displayName, List<Ref> communities, int communitiesConvened,
		long gatheringsHosted, long peopleBroughtIn, long crossLevelConnections, long valueStories, long endorsements) {

	public Footprint(Long practitionerId, String displayName, List<Ref> communities, long gatheringsHosted,
			long peopleBroughtIn, long crossLevelConnections, long valueStories, long endorsements) {
		this(practitionerId, displayName, communities, communities.size(), gatheringsHosted, peopleBroughtIn,
				crossLevelConnections, valueStories, endorsements);
	}
}
