package org.constellation.gatherings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That someone was at a gathering, as its proposer or a convener recorded it.
 */
@Entity
@Table(name = "gathering_attendance")
public class Attendance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long gatheringId;

	private Long practitionerId;

	private Long recordedBy;

	private Instant recordedAt;

	protected Attendance() {
	}

	Attendance(long gatheringId, long practitionerId, long recordedBy, Instant now) {
		this.gatheringId = gatheringId;
		this.practitionerId = practitionerId;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public Long getGatheringId() {
		return gatheringId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
