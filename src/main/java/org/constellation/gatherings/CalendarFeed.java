package org.constellation.gatherings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's private calendar link. Only the SHA-256 of its secret is kept: a
 * copy of the database does not open anyone's calendar.
 */
@Entity
@Table(name = "calendar_feeds")
class CalendarFeed {

	@Id
	private Long practitionerId;

	private String secretHash;

	private Instant createdAt;

	@Version
	private Long version;

	protected CalendarFeed() {
	}

	CalendarFeed(long practitionerId) {
		this.practitionerId = practitionerId;
	}

	void renew(String secretHash, Instant now) {
		this.secretHash = secretHash;
		this.createdAt = now;
	}

	Long getPractitionerId() {
		return practitionerId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
