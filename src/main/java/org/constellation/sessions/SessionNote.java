package org.constellation.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;

/**
 * A shared note appended during a session, kept as written and rendered once.
 */
@Entity
@Table(name = "session_notes")
public class SessionNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sessionId;

	private Long authorId;

	private String body;

	private String bodyHtml;

	private Instant createdAt;

	protected SessionNote() {
	}

	SessionNote(long sessionId, long authorId, String body, Instant now) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "Write the note first");
		}
		if (body.length() > 8000) {
			throw new InvalidInputException("body", "Keep a note under 8000 characters; add another for more");
		}
		this.sessionId = sessionId;
		this.authorId = authorId;
		this.body = body.strip();
		this.bodyHtml = Markdown.toSafeHtml(this.body);
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public String getBody() {
		return body;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
