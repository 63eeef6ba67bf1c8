package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A moment a person marks on their journey, perhaps in a partnership they are
 * in.
 */
@Entity
@Table(name = "milestones")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long practitionerId;

	private String title;

	private LocalDate happenedOn;

	private String note = "";

	private Long partnershipId;

	private Instant createdAt;

	protected Milestone() {
	}

	Milestone(long practitionerId, String title, LocalDate happenedOn, String note, Long partnershipId, Instant now) {
		this.practitionerId = practitionerId;
		this.title = title.strip();
		this.happenedOn = happenedOn;
		this.note = note == null ? "" : note.strip();
		this.partnershipId = partnershipId;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public String getNote() {
		return note;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
