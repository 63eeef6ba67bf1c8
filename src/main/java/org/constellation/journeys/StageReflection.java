package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.constellation.shared.Markdown;

/**
 * Where a person sees themselves on a given day, in their own words. Only the
 * person writes one, about themselves; nobody else reads it.
 */
@Entity
@Table(name = "stage_reflections")
public class StageReflection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long practitionerId;

	private Long stageId;

	private LocalDate reflectedOn;

	private String reflection = "";

	private String reflectionHtml = "";

	private Instant createdAt;

	protected StageReflection() {
	}

	StageReflection(long practitionerId, long stageId, LocalDate reflectedOn, String reflection, Instant now) {
		this.practitionerId = practitionerId;
		this.stageId = stageId;
		this.reflectedOn = reflectedOn;
		this.reflection = reflection == null ? "" : reflection.strip();
		this.reflectionHtml = Markdown.toSafeHtml(this.reflection);
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public Long getStageId() {
		return stageId;
	}

	public LocalDate getReflectedOn() {
		return reflectedOn;
	}

	public String getReflection() {
		return reflection;
	}

	public String getReflectionHtml() {
		return reflectionHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
