package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a script; never changed once written. */
@Entity
@Table(name = "opening_script_versions")
public class OpeningScriptVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long scriptId;

	private int number;

	private Long createdBy;

	private Instant createdAt;

	protected OpeningScriptVersion() {
	}

	OpeningScriptVersion(long scriptId, int number, long createdBy, Instant now) {
		this.scriptId = scriptId;
		this.number = number;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getScriptId() {
		return scriptId;
	}

	public int getNumber() {
		return number;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
