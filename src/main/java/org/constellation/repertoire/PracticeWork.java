package org.constellation.repertoire;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A joint project of a community: real work done together that builds on the
 * members' own practice. Its participants and the conveners carry it forward.
 */
@Entity
@Table(name = "practice_work")
public class PracticeWork {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private String title;

	private String goal = "";

	@Enumerated(EnumType.STRING)
	private PracticeWorkStatus status = PracticeWorkStatus.PROPOSED;

	private Long proposedBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "practice_work_participants", joinColumns = @JoinColumn(name = "work_id"))
	@Column(name = "practitioner_id")
	private Set<Long> participantIds = new LinkedHashSet<>();

	protected PracticeWork() {
	}

	PracticeWork(long communityId, String title, String goal, long proposedBy, Instant now) {
		this.communityId = communityId;
		this.title = title.strip();
		this.goal = goal == null ? "" : goal.strip();
		this.proposedBy = proposedBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.participantIds.add(proposedBy);
	}

	void change(String title, String goal, PracticeWorkStatus status, Instant now) {
		this.title = title.strip();
		this.goal = goal == null ? "" : goal.strip();
		this.status = status;
		this.updatedAt = now;
	}

	/** Whether anything changed: joining twice is joining once. */
	boolean join(long practitionerId) {
		return participantIds.add(practitionerId);
	}

	boolean leave(long practitionerId) {
		return participantIds.remove(practitionerId);
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	public boolean hasParticipant(Long practitionerId) {
		return practitionerId != null && participantIds.contains(practitionerId);
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public String getTitle() {
		return title;
	}

	public String getGoal() {
		return goal;
	}

	public PracticeWorkStatus getStatus() {
		return status;
	}

	public Long getProposedBy() {
		return proposedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	public Set<Long> getParticipantIds() {
		return Set.copyOf(participantIds);
	}
}
