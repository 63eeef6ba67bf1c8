package org.constellation.communities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitation sent by email; the link's secret is kept only as a hash. */
@Entity
@Table(name = "community_invitations")
class CommunityInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private String email;

	private String secretHash;

	private Long invitedBy;

	private Instant createdAt;

	private Instant acceptedAt;

	protected CommunityInvitation() {
	}

	CommunityInvitation(long communityId, String email, String secretHash, long invitedBy, Instant now) {
		this.communityId = communityId;
		this.email = email;
		this.secretHash = secretHash;
		this.invitedBy = invitedBy;
		this.createdAt = now;
	}

	void accepted(Instant now) {
		this.acceptedAt = now;
	}

	Long getId() {
		return id;
	}

	Long getCommunityId() {
		return communityId;
	}

	String getEmail() {
		return email;
	}

	Instant getAcceptedAt() {
		return acceptedAt;
	}
}
