package org.constellation.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;

/**
 * What one partner will try before next time. Its author looks at it again in a
 * later session: kept, let go, or still trying, with a line.
 */
@Entity
@Table(name = "session_commitments")
@NamedInterface(name = "entities", propagate = false)
public class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private Long sessionId;

	private Long practitionerId;

	private String body;

	@Enumerated(EnumType.STRING)
	private CommitmentStatus status = CommitmentStatus.OPEN;

	private String reviewLine = "";

	private Instant reviewedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected Commitment() {
	}

	Commitment(long partnershipId, long sessionId, long practitionerId, String body, Instant now) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "Say what you will try before next time");
		}
		if (body.strip().length() > 1000) {
			throw new InvalidInputException("body", "Keep it under 1000 characters");
		}
		this.partnershipId = partnershipId;
		this.sessionId = sessionId;
		this.practitionerId = practitionerId;
		this.body = body.strip();
		this.createdAt = now;
	}

	void review(long by, CommitmentStatus status, String line, Instant now) {
		if (by != practitionerId) {
			throw new ForbiddenException("Only the partner who made this commitment looks back at it");
		}
		if (status == null || status == CommitmentStatus.OPEN) {
			throw new InvalidInputException("status", "Choose kept, let go, or still trying");
		}
		String stripped = line == null ? "" : line.strip();
		if (stripped.length() > 500) {
			throw new InvalidInputException("line", "Keep it to one line (under 500 characters)");
		}
		this.status = status;
		this.reviewLine = stripped;
		this.reviewedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public String getBody() {
		return body;
	}

	public CommitmentStatus getStatus() {
		return status;
	}

	public String getReviewLine() {
		return reviewLine;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
