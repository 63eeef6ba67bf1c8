package org.constellation.people;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.modulith.NamedInterface;

/**
 * Published when someone asks for a new password; the notifications module
 * sends the link, with its expiry in the person's own zone.
 */
@NamedInterface(name = "api", propagate = false)
public record PasswordResetRequested(String email, String displayName, String resetLink, Instant expiresAt,
		ZoneId zone) {

	@Override
	public String toString() {
		return "PasswordResetRequested[" + email + "]";
	}
}
