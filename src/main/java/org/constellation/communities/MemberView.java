package org.constellation.communities;

import java.time.Instant;

/** A member as the community's member directory shows them. */
public record MemberView(Long practitionerId, String displayName, MembershipStatus status, Participation participation,
		boolean convener, String whyHere, Instant since) {

	static MemberView of(Membership m, String displayName) {
		return new MemberView(m.getPractitionerId(), displayName, m.getStatus(), m.getParticipation(), m.isConvener(),
				m.getWhyHere(), m.getCreatedAt());
	}
}
