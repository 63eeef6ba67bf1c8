package org.constellation.people;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Published when someone asks for a new password; the notifications module
 * sends the link.
 */
@NamedInterface(name = "api", propagate = false)
public record PasswordResetRequested(String email, String displayName, String resetLink, Instant expiresAt) {

	@Override
	public String toString() {
		return "PasswordResetRequested[" + email + "]";
	}
}
