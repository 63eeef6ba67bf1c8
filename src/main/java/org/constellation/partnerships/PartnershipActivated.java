package org.constellation.partnerships;

import org.springframework.modulith.NamedInterface;

/**
 * Every partner confirmed they can be vulnerable here: the opening is over and
 * the partnership is active.
 */
@NamedInterface(name = "api", propagate = false)
public record PartnershipActivated(long partnershipId) {
}
