package org.constellation.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;

/** A sign-in: an email, a hashed password and the roles it holds. */
@Entity
// an update writes only what changed: a change of roles must not write back the
// failure count and lock it read, over failures counted since
@DynamicUpdate
@Table(name = "accounts")
public class Account {

	/**
	 * After this many failed sign-ins in a row the account waits before trying
	 * again. The count and the lock are written by single statements
	 * ({@link Accounts#countFailedSignIn}), never through this entity, so that
	 * parallel guesses all count.
	 */
	static final int FAILURES_BEFORE_LOCK = 5;
	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Instant createdAt;

	private int failedSignIns;

	private Instant lockedUntil;

	/** Set when the person deleted their account (see PeoplePersonalData). */
	private Instant deletedAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String passwordHash, Set<Role> roles, Instant now) {
		this.email = normalize(email);
		this.passwordHash = passwordHash;
		this.roles.addAll(roles);
		this.createdAt = now;
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.lockedUntil = null;
		this.failedSignIns = 0;
	}

	void grant(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}
}
