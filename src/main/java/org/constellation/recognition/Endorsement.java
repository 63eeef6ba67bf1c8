package org.constellation.recognition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.constellation.shared.InvalidInputException;

/** A sponsor's recognition of a social artist, with the support they offer. */
@Entity
@Table(name = "endorsements")
public class Endorsement {

	static final int NOTE_MAX = 2000;
	static final int SUPPORT_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long socialArtistId;

	private Long sponsorId;

	private String note;

	private String support = "";

	@Enumerated(EnumType.STRING)
	private SupportKind supportKind;

	private Instant createdAt;

	protected Endorsement() {
	}

	Endorsement(long socialArtistId, long sponsorId, String note, String support, SupportKind supportKind,
			Instant now) {
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "Say what you recognise in their work");
		}
		if (note.strip().length() > NOTE_MAX) {
			throw new InvalidInputException("note", "A note can have at most " + NOTE_MAX + " characters");
		}
		String offered = support == null ? "" : support.strip();
		if (offered.length() > SUPPORT_MAX) {
			throw new InvalidInputException("support",
					"The support you offer can be said in at most " + SUPPORT_MAX + " characters");
		}
		this.socialArtistId = socialArtistId;
		this.sponsorId = sponsorId;
		this.note = note.strip();
		this.support = offered;
		this.supportKind = supportKind;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getSocialArtistId() {
		return socialArtistId;
	}

	public Long getSponsorId() {
		return sponsorId;
	}

	public String getNote() {
		return note;
	}

	public String getSupport() {
		return support;
	}

	public SupportKind getSupportKind() {
		return supportKind;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
