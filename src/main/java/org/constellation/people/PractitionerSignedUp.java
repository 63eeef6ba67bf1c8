package org.constellation.people;

/**
 * Someone created their account with this address: invitations that waited for
 * the address can now reach them.
 */
public record PractitionerSignedUp(long practitionerId, String email) {
}
