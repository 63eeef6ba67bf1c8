package org.constellation.communities;

/** A convener and their line on why they can convene. */
public record ConvenerView(Long practitionerId, String displayName, String legitimacy) {
}
