package org.constellation.partnerships;

import java.time.Instant;

/**
 * A partner, invitee or person asking, with their name, as partners see them.
 * An invitation typed as an address shows that address until it is answered,
 * whether or not the address has an account; one with no account yet has no
 * {@code practitionerId}.
 */
public record PartnerView(Long practitionerId, String name, PartnerStatus status, Integer seat, Instant joinedAt,
		String message) {
}
