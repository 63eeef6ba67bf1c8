package org.constellation.recognition;

import java.time.Instant;

/**
 * An endorsement as pages and the API show it; {@code withdrawable} is true for
 * the sponsor who wrote it.
 */
public record EndorsementView(Long id, Long socialArtistId, String socialArtistName, Long sponsorId, String sponsorName,
		String note, String support, SupportKind supportKind, Instant createdAt, boolean withdrawable) {
}
