package org.constellation.partnerships;

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
import org.constellation.shared.ConflictException;
import org.springframework.modulith.NamedInterface;

/**
 * A learning partnership. It has no owner: {@code proposedBy} is a record of
 * who started it and grants nothing. The size rule lives in {@link Partner}'s
 * seats, which the database keeps to seven.
 */
@Entity
@Table(name = "partnerships")
@NamedInterface(name = "entities", propagate = false)
public class Partnership {

	/** Never more than seven partners: a hard rule of the practice. */
	public static final int MAX_PARTNERS = 7;

	/** A partnership needs two to begin, and closes when fewer than two remain. */
	public static final int MIN_PARTNERS = 2;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String focus;

	private String context = "";

	@Enumerated(EnumType.STRING)
	private PartnershipState state = PartnershipState.FORMING;

	private boolean openToRequests;

	private Long communityId;

	private Long proposedBy;

	private Long scriptVersionId;

	/** How many opening steps are done; the next to work on is this index. */
	private int openingStep;

	/**
	 * A step (0-based) partners asked to go back to, shown to all without naming
	 * who.
	 */
	private Integer revisitStep;

	@ElementCollection
	@CollectionTable(name = "partnership_issues", joinColumns = @JoinColumn(name = "partnership_id"))
	@Column(name = "issue_id")
	private Set<Long> issueIds = new LinkedHashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	private Instant openedAt;

	private Instant activatedAt;

	private Instant closedAt;

	@Version
	private long version;

	protected Partnership() {
	}

	Partnership(String focus, String context, Set<Long> issueIds, Long communityId, boolean openToRequests,
			long proposedBy, long scriptVersionId, Instant now) {
		this.focus = focus.strip();
		this.context = context == null ? "" : context.strip();
		this.issueIds = new LinkedHashSet<>(issueIds);
		this.communityId = communityId;
		this.openToRequests = openToRequests;
		this.proposedBy = proposedBy;
		this.scriptVersionId = scriptVersionId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Refuses any change once closed: what was said stays as it was. */
	void requireOpen() {
		if (state == PartnershipState.CLOSED) {
			throw new ConflictException(null,
					"This partnership is closed: its partners can read it, nobody can change it");
		}
	}

	void becomes(PartnershipState next, Instant now) {
		requireOpen();
		switch (next) {
			case OPENING -> openedAt = now;
			case ACTIVE -> {
				if (activatedAt == null) {
					activatedAt = now;
				}
			}
			case CLOSED -> closedAt = now;
			default -> {
			}
		}
		this.state = next;
		this.updatedAt = now;
	}

	void completeStep(int stepCount, Instant now) {
		if (openingStep < stepCount) {
			openingStep++;
		}
		updatedAt = now;
	}

	void revisit(Integer step, Instant now) {
		this.revisitStep = step;
		this.updatedAt = now;
	}

	void openToRequests(boolean open, Instant now) {
		requireOpen();
		this.openToRequests = open;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getFocus() {
		return focus;
	}

	public String getContext() {
		return context;
	}

	public PartnershipState getState() {
		return state;
	}

	public boolean isOpenToRequests() {
		return openToRequests;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Long getProposedBy() {
		return proposedBy;
	}

	public Long getScriptVersionId() {
		return scriptVersionId;
	}

	public int getOpeningStep() {
		return openingStep;
	}

	public Integer getRevisitStep() {
		return revisitStep;
	}

	public Set<Long> getIssueIds() {
		return issueIds;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getActivatedAt() {
		return activatedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public long getVersion() {
		return version;
	}
}
