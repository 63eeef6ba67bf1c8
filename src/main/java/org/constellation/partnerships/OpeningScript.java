package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A template of opening steps. Its steps live in versions: a change is a new
 * version, so an opening under way keeps the one it began with.
 */
@Entity
@Table(name = "opening_scripts")
public class OpeningScript {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description = "";

	/** Null for the script shipped with Constellation. */
	private Long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected OpeningScript() {
	}

	OpeningScript(String name, String description, long createdBy, Instant now) {
		this.createdBy = createdBy;
		this.createdAt = now;
		rename(name, description);
	}

	void rename(String name, String description) {
		this.name = name.strip();
		this.description = description == null ? "" : description.strip();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
