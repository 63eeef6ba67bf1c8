package org.constellation.partnerships;

/**
 * How the invitations of a proposed partnership were answered, as counts only:
 * whoever sent them learns nothing else of the partnership.
 */
public record FormedStatus(PartnershipState state, int accepted, int declined, int waiting) {
}
