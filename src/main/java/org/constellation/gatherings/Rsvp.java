package org.constellation.gatherings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's answer to one gathering; answering again changes it. */
@Entity
@Table(name = "gathering_rsvps")
public class Rsvp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long gatheringId;

	private Long practitionerId;

	@Enumerated(EnumType.STRING)
	private RsvpResponse response;

	private Instant respondedAt;

	protected Rsvp() {
	}

	Rsvp(long gatheringId, long practitionerId, RsvpResponse response, Instant now) {
		this.gatheringId = gatheringId;
		this.practitionerId = practitionerId;
		this.response = response;
		this.respondedAt = now;
	}

	void answer(RsvpResponse response, Instant now) {
		if (this.response != response) {
			this.response = response;
			this.respondedAt = now;
		}
	}

	public Long getGatheringId() {
		return gatheringId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public RsvpResponse getResponse() {
		return response;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}
}
