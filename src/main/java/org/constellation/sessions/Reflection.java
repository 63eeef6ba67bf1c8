package org.constellation.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;

/**
 * What a partner takes from a session. Private to its author unless they share
 * it with the partners; nobody else ever reads it.
 */
@Entity
@Table(name = "session_reflections")
public class Reflection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sessionId;

	private Long practitionerId;

	private String body;

	private String bodyHtml;

	private boolean shared;

	private Instant updatedAt;

	@Version
	private long version;

	protected Reflection() {
	}

	Reflection(long sessionId, long practitionerId) {
		this.sessionId = sessionId;
		this.practitionerId = practitionerId;
	}

	void write(String body, boolean shared, Instant now) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "Write your reflection first");
		}
		if (body.length() > 8000) {
			throw new InvalidInputException("body", "Keep a reflection under 8000 characters");
		}
		this.body = body.strip();
		this.bodyHtml = Markdown.toSafeHtml(this.body);
		this.shared = shared;
		this.updatedAt = now;
	}

	/** Its author always; the other partners only when it is shared. */
	public boolean readableBy(long practitionerId) {
		return shared || this.practitionerId == practitionerId;
	}

	public Long getId() {
		return id;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public String getBody() {
		return body;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public boolean isShared() {
		return shared;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
