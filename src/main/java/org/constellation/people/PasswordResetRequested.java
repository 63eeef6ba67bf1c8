package org.constellation.people;

import java.time.Instant;

/**
 * Published when someone asks for a new password; the notifications module
 * sends the link.
 */
public record PasswordResetRequested(String email, String displayName, String resetLink, Instant expiresAt) {

	@Override
	public String toString() {
		return "PasswordResetRequested[" + email + "]";
	}
}
