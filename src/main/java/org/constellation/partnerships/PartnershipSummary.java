package org.constellation.partnerships;

/**
 * A line of a list of partnerships: how many are in, and the viewer's place.
 */
public record PartnershipSummary(Partnership partnership, long partnerCount, PartnerStatus myStatus,
		String communityName) {
}
