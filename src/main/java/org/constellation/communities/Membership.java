package org.constellation.communities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.constellation.shared.InvalidInputException;

/**
 * A practitioner's place in a community: asked, invited, in, or gone; how much
 * they take part; and, for a convener, why they can convene.
 */
@Entity
@Table(name = "memberships")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private Long practitionerId;

	@Enumerated(EnumType.STRING)
	private MembershipStatus status;

	@Enumerated(EnumType.STRING)
	private Participation participation = Participation.PERIPHERAL;

	private String whyHere = "";

	private boolean convener;

	private String legitimacy = "";

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Membership() {
	}

	Membership(long communityId, long practitionerId, MembershipStatus status, String whyHere, Instant now) {
		this.communityId = communityId;
		this.practitionerId = practitionerId;
		this.status = status;
		this.whyHere = whyHere == null ? "" : whyHere.strip();
		this.createdAt = now;
		this.updatedAt = now;
	}

	static Membership founder(long communityId, long practitionerId, Instant now) {
		Membership m = new Membership(communityId, practitionerId, MembershipStatus.ACTIVE, "", now);
		m.convener = true;
		m.participation = Participation.CORE;
		return m;
	}

	boolean isActive() {
		return status == MembershipStatus.ACTIVE;
	}

	void becomes(MembershipStatus status, Instant now) {
		this.status = status;
		if (status != MembershipStatus.ACTIVE) {
			this.convener = false;
		}
		this.updatedAt = now;
	}

	void saysWhy(String whyHere, Instant now) {
		if (whyHere != null && !whyHere.isBlank()) {
			this.whyHere = whyHere.strip();
			this.updatedAt = now;
		}
	}

	void participate(Participation participation, Instant now) {
		requireActive("participation");
		this.participation = participation;
		this.updatedAt = now;
	}

	void convene(boolean convener, Instant now) {
		requireActive("practitionerId");
		this.convener = convener;
		this.updatedAt = now;
	}

	void legitimacy(String legitimacy, Instant now) {
		if (!convener) {
			throw new InvalidInputException("legitimacy", "Only a convener says why they can convene");
		}
		this.legitimacy = legitimacy == null ? "" : legitimacy.strip();
		this.updatedAt = now;
	}

	private void requireActive(String field) {
		if (!isActive()) {
			throw new InvalidInputException(field, "Only a member of the community can do this");
		}
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public MembershipStatus getStatus() {
		return status;
	}

	public Participation getParticipation() {
		return participation;
	}

	public String getWhyHere() {
		return whyHere;
	}

	public boolean isConvener() {
		return convener;
	}

	public String getLegitimacy() {
		return legitimacy;
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
