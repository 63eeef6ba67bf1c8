package org.constellation.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link to choose a new password; only its hash is stored, and it
 * expires.
 */
@Entity
@Table(name = "password_reset_tokens")
class PasswordResetToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordResetToken() {
	}

	PasswordResetToken(Long accountId, String tokenHash, Instant now, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	void use(Instant now) {
		usedAt = now;
	}

	Long getAccountId() {
		return accountId;
	}
}
