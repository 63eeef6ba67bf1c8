package org.constellation.communities;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.springframework.modulith.NamedInterface;

/**
 * A community of practice and its charter. The small collections load with it,
 * in batches, so a page of communities costs a fixed handful of queries.
 */
@Entity
@Table(name = "communities")
@NamedInterface(name = "entities", propagate = false)
public class Community {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String purpose = "";

	private String practice = "";

	@Enumerated(EnumType.STRING)
	private Visibility visibility = Visibility.PUBLIC;

	@Enumerated(EnumType.STRING)
	private JoinPolicy joinPolicy = JoinPolicy.REQUEST;

	@Enumerated(EnumType.STRING)
	private Stage stage = Stage.POTENTIAL;

	private Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastActivityAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "community_issues", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "issue_id")
	private Set<Long> issueIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "community_stakeholder_groups", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "stakeholder_group_id")
	private Set<Long> stakeholderGroupIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "community_needed_levels", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "level_id")
	private Set<Long> neededLevelIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "community_places", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "place_id")
	private Set<Long> placeIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "community_activities", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "activity")
	@Enumerated(EnumType.STRING)
	private Set<Activity> activities = EnumSet.noneOf(Activity.class);

	@Version
	private long version;

	protected Community() {
	}

	Community(String name, String purpose, long createdBy, Instant now) {
		rename(name, purpose);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.lastActivityAt = now;
	}

	private void rename(String name, String purpose) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "Give the community a name");
		}
		this.name = name.strip();
		this.purpose = purpose == null ? "" : purpose.strip();
	}

	void change(CharterDraft draft, Instant now) {
		rename(draft.name(), draft.purpose());
		this.practice = draft.practice() == null ? "" : draft.practice().strip();
		this.visibility = draft.visibility();
		this.joinPolicy = draft.joinPolicy();
		replace(issueIds, draft.issueIds());
		replace(stakeholderGroupIds, draft.stakeholderGroupIds());
		replace(neededLevelIds, draft.neededLevelIds());
		replace(placeIds, draft.placeIds());
		activities.clear();
		activities.addAll(draft.activities());
		this.updatedAt = now;
	}

	private static <T> void replace(Set<T> target, Collection<T> values) {
		target.clear();
		target.addAll(values);
	}

	void moveTo(Stage stage, Instant now) {
		this.stage = stage;
		this.updatedAt = now;
	}

	/**
	 * The questions of the charter still unanswered; the conveners' legitimacy
	 * lives on their memberships, so the caller says whether it is given.
	 */
	public Set<CharterQuestion> unanswered(boolean convenersAnswered) {
		Set<CharterQuestion> missing = EnumSet.noneOf(CharterQuestion.class);
		if (issueIds.isEmpty()) {
			missing.add(CharterQuestion.CONCERNS);
		}
		if (placeIds.isEmpty() || (stakeholderGroupIds.isEmpty() && neededLevelIds.isEmpty())) {
			missing.add(CharterQuestion.TABLE);
		}
		if (activities.isEmpty() || practice.isBlank()) {
			missing.add(CharterQuestion.PRACTICE);
		}
		if (!convenersAnswered) {
			missing.add(CharterQuestion.CONVENERS);
		}
		return missing;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getPractice() {
		return practice;
	}

	public String getPracticeHtml() {
		return Markdown.toSafeHtml(practice);
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public JoinPolicy getJoinPolicy() {
		return joinPolicy;
	}

	public Stage getStage() {
		return stage;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	public Set<Long> getIssueIds() {
		return Set.copyOf(issueIds);
	}

	public Set<Long> getStakeholderGroupIds() {
		return Set.copyOf(stakeholderGroupIds);
	}

	public Set<Long> getNeededLevelIds() {
		return Set.copyOf(neededLevelIds);
	}

	public Set<Long> getPlaceIds() {
		return Set.copyOf(placeIds);
	}

	public Set<Activity> getActivities() {
		return activities.isEmpty() ? EnumSet.noneOf(Activity.class) : EnumSet.copyOf(activities);
	}

	public long getVersion() {
		return version;
	}
}
