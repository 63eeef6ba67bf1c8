package org.constellation.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.constellation.shared.InvalidInputException;

/**
 * Presence: whether a partner attends a session and a line on how they arrive.
 */
@Entity
@Table(name = "session_check_ins")
public class CheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sessionId;

	private Long practitionerId;

	private boolean attending;

	private String line = "";

	private Instant updatedAt;

	protected CheckIn() {
	}

	CheckIn(long sessionId, long practitionerId) {
		this.sessionId = sessionId;
		this.practitionerId = practitionerId;
	}

	void say(boolean attending, String line, Instant now) {
		String stripped = line == null ? "" : line.strip();
		if (stripped.length() > 500) {
			throw new InvalidInputException("line", "Keep it to one line (under 500 characters)");
		}
		this.attending = attending;
		this.line = stripped;
		this.updatedAt = now;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public boolean isAttending() {
		return attending;
	}

	public String getLine() {
		return line;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
