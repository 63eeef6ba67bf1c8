package org.constellation.sessions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constellation.shared.InvalidInputException;
import org.hibernate.annotations.ListIndexBase;
import org.springframework.modulith.NamedInterface;

/**
 * A peer session protocol: an ordered list of time-boxed steps. Library
 * routines belong to nobody ({@code partnershipId} null) and cannot be changed
 * here; a partnership's own routines are read and edited by its partners.
 */
@Entity
@Table(name = "routines")
@NamedInterface(name = "entities", propagate = false)
public class Routine {

	public static final int MAX_STEPS = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private String name;

	private String summary = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "routine_steps", joinColumns = @JoinColumn(name = "routine_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<RoutineStep> steps = new ArrayList<>();

	private Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Routine() {
	}

	Routine(long partnershipId, long createdBy, Instant now) {
		this.partnershipId = partnershipId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Writes the routine; blank step rows are left out before this is called. */
	void write(String name, String summary, List<RoutineStep> steps, Instant now) {
		if (partnershipId == null) {
			throw new InvalidInputException("name",
					"Routines of the library cannot be changed; write your own instead");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "Give the routine a name");
		}
		if (name.strip().length() > 120) {
			throw new InvalidInputException("name", "Keep the name under 120 characters");
		}
		if (summary != null && summary.strip().length() > 1000) {
			throw new InvalidInputException("summary", "Keep the summary under 1000 characters");
		}
		if (steps.isEmpty()) {
			throw new InvalidInputException("steps", "Add at least one step with a title");
		}
		if (steps.size() > MAX_STEPS) {
			throw new InvalidInputException("steps", "A routine has at most " + MAX_STEPS + " steps");
		}
		for (int i = 0; i < steps.size(); i++) {
			RoutineStep step = steps.get(i);
			if (step.title() == null || step.title().isBlank() || step.title().strip().length() > 200) {
				throw new InvalidInputException("steps[" + i + "].title", "Give step " + (i + 1) + " a short title");
			}
			if (step.minutes() < 1 || step.minutes() > 240) {
				throw new InvalidInputException("steps[" + i + "].minutes",
						"Give step " + (i + 1) + " a time box from 1 to 240 minutes");
			}
			if (step.guidance() != null && step.guidance().length() > 2000) {
				throw new InvalidInputException("steps[" + i + "].guidance",
						"Keep what to do in step " + (i + 1) + " under 2000 characters");
			}
		}
		this.name = name.strip();
		this.summary = summary == null ? "" : summary.strip();
		this.steps.clear();
		steps.forEach(s -> this.steps.add(
				new RoutineStep(s.title().strip(), s.guidance() == null ? "" : s.guidance().strip(), s.minutes())));
		this.updatedAt = now;
	}

	public boolean isLibrary() {
		return partnershipId == null;
	}

	public int totalMinutes() {
		return steps.stream().mapToInt(RoutineStep::minutes).sum();
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public List<RoutineStep> getSteps() {
		return List.copyOf(steps);
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
