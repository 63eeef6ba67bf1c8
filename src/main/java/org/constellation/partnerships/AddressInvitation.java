package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An invitation to a partnership typed as an address nobody has an account with
 * yet. It becomes an ordinary invitation when someone signs up with the
 * address.
 */
@Entity
@Table(name = "partnership_address_invitations")
class AddressInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private String email;

	private Long invitedBy;

	private Instant createdAt;

	private Instant answeredAt;

	protected AddressInvitation() {
	}

	AddressInvitation(long partnershipId, String email, long invitedBy, Instant now) {
		this.partnershipId = partnershipId;
		this.email = email;
		this.invitedBy = invitedBy;
		this.createdAt = now;
	}

	void answered(Instant now) {
		this.answeredAt = now;
	}

	Long getPartnershipId() {
		return partnershipId;
	}

	String getEmail() {
		return email;
	}

	Long getInvitedBy() {
		return invitedBy;
	}
}
