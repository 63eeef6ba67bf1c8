package org.constellation.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The stored half of an unsubscribe link. A fresh random secret per mail, kept
 * only as its SHA-256, rather than an HMAC of person and topic: no key has to
 * be configured, shared between nodes and kept secret, a copy of the database
 * yields no working link, and one forwarded mail exposes only its own link.
 */
@Entity
@Table(name = "unsubscribe_links")
class UnsubscribeLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tokenHash;

	private long practitionerId;

	/** Null for the link of a daily digest, which stands for every daily topic. */
	@Enumerated(EnumType.STRING)
	private Topic topic;

	private Instant createdAt;

	protected UnsubscribeLink() {
	}

	UnsubscribeLink(String tokenHash, long practitionerId, Topic topic, Instant createdAt) {
		this.tokenHash = tokenHash;
		this.practitionerId = practitionerId;
		this.topic = topic;
		this.createdAt = createdAt;
	}

	long getPractitionerId() {
		return practitionerId;
	}

	Topic getTopic() {
		return topic;
	}
}
