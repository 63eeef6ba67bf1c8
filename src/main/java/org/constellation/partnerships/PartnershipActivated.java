package org.constellation.partnerships;

/**
 * Every partner confirmed they can be vulnerable here: the opening is over and
 * the partnership is active.
 */
public record PartnershipActivated(long partnershipId) {
}
