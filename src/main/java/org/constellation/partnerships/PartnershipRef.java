package org.constellation.partnerships;

/** A partnership as other modules name it: its id, focus and state. */
public record PartnershipRef(long id, String focus, PartnershipState state) {
}
