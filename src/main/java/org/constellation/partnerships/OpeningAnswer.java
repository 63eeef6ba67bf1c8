package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a partner said at a step: the first move, a response, or an answer.
 * Answers are added, never replaced, so revisiting a step keeps what was said
 * the first time.
 */
@Entity
@Table(name = "opening_answers")
public class OpeningAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private Long stepId;

	private Long practitionerId;

	private boolean firstMove;

	private String body;

	private String bodyHtml;

	private Instant createdAt;

	protected OpeningAnswer() {
	}

	OpeningAnswer(long partnershipId, long stepId, long practitionerId, boolean firstMove, String body, String bodyHtml,
			Instant now) {
		this.partnershipId = partnershipId;
		this.stepId = stepId;
		this.practitionerId = practitionerId;
		this.firstMove = firstMove;
		this.body = body;
		this.bodyHtml = bodyHtml;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getStepId() {
		return stepId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public boolean isFirstMove() {
		return firstMove;
	}

	public String getBody() {
		return body;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
