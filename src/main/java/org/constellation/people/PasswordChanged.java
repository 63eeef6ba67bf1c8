package org.constellation.people;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.modulith.NamedInterface;

/**
 * Published when an account's password is changed by its owner or reset from a
 * mailed link. Within the change, every other session of the account ends and
 * its access tokens are revoked; once it is committed the notifications module
 * tells the person by mail.
 *
 * @param zone
 *            the person's own zone, which the mail writes the time in
 * @param keptSessionId
 *            the session the owner changed it from, which stays signed in; null
 *            for a reset (every session ends)
 */
@NamedInterface(name = "api", propagate = false)
public record PasswordChanged(long accountId, String email, String displayName, boolean reset, Instant at, ZoneId zone,
		String keptSessionId) {

	@Override
	public String toString() {
		// the session id opens the account as well as a password does
		return "PasswordChanged[" + accountId + (reset ? ", reset" : ", changed") + "]";
	}
}
