package org.constellation.partnerships;

/**
 * A partnership was paused, resumed or closed: what is planned for it follows
 * (nothing is planned for a partnership that does not meet).
 */
public record PartnershipStateChanged(long partnershipId, PartnershipState state) {
}
