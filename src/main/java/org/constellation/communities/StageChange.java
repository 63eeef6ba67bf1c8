package org.constellation.communities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a community along its life cycle, with the convener's note. */
@Entity
@Table(name = "community_stage_changes")
public class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String note = "";

	private Long changedBy;

	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(long communityId, Stage stage, String note, long changedBy, Instant now) {
		this.communityId = communityId;
		this.stage = stage;
		this.note = note == null ? "" : note.strip();
		this.changedBy = changedBy;
		this.changedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Stage getStage() {
		return stage;
	}

	public String getNote() {
		return note;
	}

	public Long getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
