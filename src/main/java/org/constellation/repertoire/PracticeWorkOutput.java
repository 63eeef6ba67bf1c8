package org.constellation.repertoire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a piece of practice work produced: a link, or a note in Markdown.
 */
@Entity
@Table(name = "practice_work_outputs")
public class PracticeWorkOutput {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long workId;

	private String title;

	private String url;

	private String note = "";

	private Long addedBy;

	private Instant addedAt;

	protected PracticeWorkOutput() {
	}

	PracticeWorkOutput(long workId, String title, String url, String note, long addedBy, Instant now) {
		this.workId = workId;
		this.title = title.strip();
		this.url = url;
		this.note = note == null ? "" : note.strip();
		this.addedBy = addedBy;
		this.addedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getWorkId() {
		return workId;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public String getNote() {
		return note;
	}

	public Long getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}
}
