package org.constellation.formation;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.formation.solver.FormationWeights;

/**
 * A solve over a cohort, kept with its parameters and its result. Its progress
 * is written by the runner while it solves; its groups ({@link ProposedGroup})
 * are the best result found so far.
 */
@Entity
@Table(name = "formation_runs")
public class FormationRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long requestedBy;

	private Long communityId;

	private String cohortLabel;

	private Long basedOnRunId;

	private int minSize;

	private int preferredSize;

	private int maxSize;

	private int timeLimitSeconds;

	private int weightConcerns;

	private int weightStakeholders;

	private int weightLevels;

	private int weightNewPairs;

	private int weightSize;

	@Enumerated(EnumType.STRING)
	private RunStatus status = RunStatus.RUNNING;

	private int progress;

	private int cohortSize;

	private Long hardScore;

	private Long mediumScore;

	private Long softScore;

	private boolean stopRequested;

	private String failure;

	private Instant createdAt;

	private Instant finishedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "formation_run_people", joinColumns = @JoinColumn(name = "run_id"))
	@Column(name = "practitioner_id")
	private Set<Long> cohort = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "formation_unassigned", joinColumns = @JoinColumn(name = "run_id"))
	private List<UnassignedPerson> unassigned = new ArrayList<>();

	@Version
	private long version;

	protected FormationRun() {
	}

	FormationRun(Long requestedBy, Long communityId, String cohortLabel, Long basedOnRunId, RunParameters params,
			Set<Long> cohort, Instant now) {
		this.requestedBy = requestedBy;
		this.communityId = communityId;
		this.cohortLabel = cohortLabel;
		this.basedOnRunId = basedOnRunId;
		this.minSize = params.minSize();
		this.preferredSize = params.preferredSize();
		this.maxSize = params.maxSize();
		this.timeLimitSeconds = params.timeLimitSeconds();
		FormationWeights w = params.weights();
		this.weightConcerns = w.sharedConcerns();
		this.weightStakeholders = w.stakeholderDiversity();
		this.weightLevels = w.levelDiversity();
		this.weightNewPairs = w.newPairs();
		this.weightSize = w.preferredSize();
		this.cohort.addAll(cohort);
		this.cohortSize = cohort.size();
		this.createdAt = now;
	}

	public RunParameters parameters() {
		return new RunParameters(minSize, preferredSize, maxSize, timeLimitSeconds, weights());
	}

	public FormationWeights weights() {
		return new FormationWeights(weightConcerns, weightStakeholders, weightLevels, weightNewPairs, weightSize, 0);
	}

	void replaceUnassigned(List<UnassignedPerson> people) {
		unassigned.clear();
		unassigned.addAll(people);
	}

	void removeUnassigned(long practitionerId) {
		unassigned.removeIf(u -> u.practitionerId() == practitionerId);
	}

	void addUnassigned(long practitionerId, String reason) {
		removeUnassigned(practitionerId);
		unassigned.add(new UnassignedPerson(practitionerId, reason));
	}

	public Long getId() {
		return id;
	}

	public Long getRequestedBy() {
		return requestedBy;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public String getCohortLabel() {
		return cohortLabel;
	}

	public Long getBasedOnRunId() {
		return basedOnRunId;
	}

	public int getMinSize() {
		return minSize;
	}

	public int getPreferredSize() {
		return preferredSize;
	}

	public int getMaxSize() {
		return maxSize;
	}

	public int getTimeLimitSeconds() {
		return timeLimitSeconds;
	}

	public RunStatus getStatus() {
		return status;
	}

	public int getProgress() {
		return progress;
	}

	public int getCohortSize() {
		return cohortSize;
	}

	public Long getHardScore() {
		return hardScore;
	}

	public Long getMediumScore() {
		return mediumScore;
	}

	public Long getSoftScore() {
		return softScore;
	}

	public boolean isStopRequested() {
		return stopRequested;
	}

	public String getFailure() {
		return failure;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public Set<Long> getCohort() {
		return Set.copyOf(cohort);
	}

	public List<UnassignedPerson> getUnassigned() {
		return List.copyOf(unassigned);
	}

	public long getVersion() {
		return version;
	}
}
