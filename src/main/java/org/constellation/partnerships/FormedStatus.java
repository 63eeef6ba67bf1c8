package org.constellation.partnerships;

import org.springframework.modulith.NamedInterface;

/**
 * How the invitations of a proposed partnership were answered, as counts only:
 * whoever sent them learns nothing else of the partnership.
 */
@NamedInterface(name = "api", propagate = false)
public record FormedStatus(PartnershipState state, int accepted, int declined, int waiting) {
}
