package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.constellation.shared.Markdown;
import org.springframework.modulith.NamedInterface;

/**
 * One entry of a person's private journal: an insight, kept in their own words.
 * The Markdown is rendered once, when written.
 */
@Entity
@Table(name = "journal_entries")
@NamedInterface(name = "entities", propagate = false)
public class JournalEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long practitionerId;

	private String title;

	private String body = "";

	private String bodyHtml = "";

	private Instant writtenAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected JournalEntry() {
	}

	JournalEntry(long practitionerId, Instant writtenAt) {
		this.practitionerId = practitionerId;
		this.writtenAt = writtenAt;
	}

	void write(String title, String body, Instant now) {
		this.title = title.strip();
		this.body = body == null ? "" : body.strip();
		this.bodyHtml = Markdown.toSafeHtml(this.body);
		this.updatedAt = now;
	}

	boolean isWrittenBy(Long practitionerId) {
		return this.practitionerId.equals(practitionerId);
	}

	public Long getId() {
		return id;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getWrittenAt() {
		return writtenAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
