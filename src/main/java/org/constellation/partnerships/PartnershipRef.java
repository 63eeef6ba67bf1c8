package org.constellation.partnerships;

import org.springframework.modulith.NamedInterface;

/** A partnership as other modules name it: its id, focus and state. */
@NamedInterface(name = "api", propagate = false)
public record PartnershipRef(long id, String focus, PartnershipState state) {
}
