package org.constellation.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal access token for the API; the secret itself is shown once and
 * never stored.
 */
@Entity
@Table(name = "access_tokens")
public class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected AccessToken() {
	}

	AccessToken(Long accountId, String name, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/**
	 * Notes when the token was last used, to the minute: writing on every call
	 * would make each API request a write, and concurrent calls with one token
	 * would queue on the same row.
	 */
	void used(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_PRECISION))) {
			lastUsedAt = now;
		}
	}

	static final java.time.Duration USE_PRECISION = java.time.Duration.ofMinutes(1);

	public Long getId() {
		return id;
	}

	Long getAccountId() {
		return accountId;
	}

	public String getName() {
		return name;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public boolean isActive() {
		return revokedAt == null;
	}
}
