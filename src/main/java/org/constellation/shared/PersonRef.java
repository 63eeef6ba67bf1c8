package org.constellation.shared;

/**
 * One person, as every module knows them: their account, their practitioner
 * profile (null for an account without one) and their email.
 */
public record PersonRef(long accountId, Long practitionerId, String email) {
}
