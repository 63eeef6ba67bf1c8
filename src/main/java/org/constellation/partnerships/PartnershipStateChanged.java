package org.constellation.partnerships;

import org.springframework.modulith.NamedInterface;

/**
 * A partnership was paused, resumed or closed: what is planned for it follows
 * (nothing is planned for a partnership that does not meet).
 */
@NamedInterface(name = "api", propagate = false)
public record PartnershipStateChanged(long partnershipId, PartnershipState state) {
}
