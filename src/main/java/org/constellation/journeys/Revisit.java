package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.constellation.shared.Markdown;

/** A dated note written on coming back to a bewilderment. */
@Entity
@Table(name = "bewilderment_revisits")
public class Revisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long bewildermentId;

	private String note;

	private String noteHtml;

	private Instant revisitedAt;

	protected Revisit() {
	}

	Revisit(long bewildermentId, String note, Instant revisitedAt) {
		this.bewildermentId = bewildermentId;
		this.note = note.strip();
		this.noteHtml = Markdown.toSafeHtml(this.note);
		this.revisitedAt = revisitedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getBewildermentId() {
		return bewildermentId;
	}

	public String getNote() {
		return note;
	}

	public String getNoteHtml() {
		return noteHtml;
	}

	public Instant getRevisitedAt() {
		return revisitedAt;
	}
}
