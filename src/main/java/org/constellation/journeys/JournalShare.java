package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A journal entry its author shared into one partnership they are in. */
@Entity
@Table(name = "journal_shares")
class JournalShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long entryId;

	private Long partnershipId;

	private Instant sharedAt;

	protected JournalShare() {
	}

	JournalShare(long entryId, long partnershipId, Instant sharedAt) {
		this.entryId = entryId;
		this.partnershipId = partnershipId;
		this.sharedAt = sharedAt;
	}

	Long getEntryId() {
		return entryId;
	}

	Long getPartnershipId() {
		return partnershipId;
	}

	Instant getSharedAt() {
		return sharedAt;
	}
}
