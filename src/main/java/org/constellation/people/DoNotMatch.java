package org.constellation.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.constellation.shared.InvalidInputException;

/**
 * A practitioner's wish not to be placed in a learning partnership with
 * another. It belongs to the one who made it alone: the other person is never
 * told, and formation learns only that the two are kept apart.
 */
@Entity
@Table(name = "do_not_match")
@IdClass(DoNotMatch.Key.class)
class DoNotMatch {

	record Key(Long practitionerId, Long otherId) implements Serializable {
	}

	@Id
	private Long practitionerId;

	@Id
	private Long otherId;

	private Instant createdAt;

	protected DoNotMatch() {
	}

	DoNotMatch(Long practitionerId, Long otherId, Instant now) {
		if (practitionerId.equals(otherId)) {
			throw new InvalidInputException("practitionerId",
					"This list is for other people: you are never matched with yourself");
		}
		this.practitionerId = practitionerId;
		this.otherId = otherId;
		this.createdAt = now;
	}

	Long getPractitionerId() {
		return practitionerId;
	}

	Long getOtherId() {
		return otherId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
