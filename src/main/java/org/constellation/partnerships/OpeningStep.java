package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a script version, in a category, taken by a kind of move. */
@Entity
@Table(name = "opening_steps")
public class OpeningStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long scriptVersionId;

	/** 1-based, as people count steps. */
	private int position;

	@Enumerated(EnumType.STRING)
	private StepCategory category;

	@Enumerated(EnumType.STRING)
	private Move move;

	private String question;

	private String guidance = "";

	protected OpeningStep() {
	}

	OpeningStep(long scriptVersionId, int position, StepCategory category, Move move, String question,
			String guidance) {
		this.scriptVersionId = scriptVersionId;
		this.position = position;
		this.category = category;
		this.move = move;
		this.question = question.strip();
		this.guidance = guidance == null ? "" : guidance.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getScriptVersionId() {
		return scriptVersionId;
	}

	public int getPosition() {
		return position;
	}

	public StepCategory getCategory() {
		return category;
	}

	public Move getMove() {
		return move;
	}

	public String getQuestion() {
		return question;
	}

	public String getGuidance() {
		return guidance;
	}
}
