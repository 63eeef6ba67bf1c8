package org.constellation.repertoire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A word of a community's shared language, what it means there, and an example
 * of it in use. A community has each term once, whatever its case.
 */
@Entity
@Table(name = "glossary_terms")
public class GlossaryTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private String term;

	private String termKey;

	private String meaning;

	private String example = "";

	private Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected GlossaryTerm() {
	}

	GlossaryTerm(long communityId, long createdBy, Instant now) {
		this.communityId = communityId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	static String keyOf(String term) {
		return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	void change(GlossaryTermDraft draft, Instant now) {
		this.term = draft.term().strip().replaceAll("\\s+", " ");
		this.termKey = keyOf(draft.term());
		this.meaning = draft.meaning().strip();
		this.example = draft.example() == null ? "" : draft.example().strip();
		this.updatedAt = now;
	}

	/** The letter the term is listed under; digits and signs under "#". */
	public String getLetter() {
		char first = Character.toUpperCase(term.charAt(0));
		return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public String getTerm() {
		return term;
	}

	public String getMeaning() {
		return meaning;
	}

	public String getExample() {
		return example;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
