package org.constellation.people;

import org.springframework.modulith.NamedInterface;

/**
 * Someone created their account with this address: invitations that waited for
 * the address can now reach them.
 */
@NamedInterface(name = "api", propagate = false)
public record PractitionerSignedUp(long practitionerId, String email) {
}
