package org.constellation.partnerships;

import java.time.Instant;

/**
 * A partner, invitee or person asking, with their name, as partners see them.
 */
public record PartnerView(long practitionerId, String name, PartnerStatus status, Integer seat, Instant joinedAt,
		String message) {
}
