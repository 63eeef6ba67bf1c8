package org.constellation.formation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.constellation.shared.ConflictException;

/**
 * One partnership a run proposes: its members, whether a convener pinned it,
 * its explanation (JSON, written whenever its members change) and, once sent,
 * the partnership its invitations became.
 */
@Entity
@Table(name = "formation_groups")
public class ProposedGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long runId;

	private int position;

	private boolean pinned;

	private String explanation;

	private Long partnershipId;

	private Instant sentAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "formation_group_members", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "practitioner_id")
	private Set<Long> memberIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected ProposedGroup() {
	}

	ProposedGroup(long runId, int position, Set<Long> memberIds, boolean pinned, String explanation) {
		this.runId = runId;
		this.position = position;
		this.memberIds.addAll(memberIds);
		this.pinned = pinned;
		this.explanation = explanation;
	}

	void requireUnsent() {
		if (partnershipId != null) {
			throw new ConflictException(null, "This group's invitations were sent already: it can no longer change");
		}
	}

	void change(Set<Long> members, String explanation) {
		requireUnsent();
		memberIds.clear();
		memberIds.addAll(members);
		this.explanation = explanation;
	}

	void pin(boolean pinned) {
		requireUnsent();
		this.pinned = pinned;
	}

	void sent(long partnershipId, Instant now) {
		this.partnershipId = partnershipId;
		this.sentAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getRunId() {
		return runId;
	}

	public int getPosition() {
		return position;
	}

	public boolean isPinned() {
		return pinned;
	}

	public String getExplanation() {
		return explanation;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Set<Long> getMemberIds() {
		return Set.copyOf(memberIds);
	}

	public long getVersion() {
		return version;
	}
}
