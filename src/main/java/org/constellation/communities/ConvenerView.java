package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/** A convener and their line on why they can convene. */
@NamedInterface(name = "api", propagate = false)
public record ConvenerView(Long practitionerId, String displayName, String legitimacy) {
}
