package org.constellation.people;

import java.time.Instant;

/**
 * Someone on a practitioner's own "do not match me with" list, as its owner
 * sees it: a name and since when, never an email.
 */
public record DoNotMatchWish(Long practitionerId, String displayName, Instant since) {
}
