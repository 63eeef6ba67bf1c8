package org.constellation.partnerships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.constellation.shared.ConflictException;

/**
 * One person's place in a partnership: invited, asking, in, or gone. A partner
 * who is in holds a seat, unique in the partnership and numbered up to
 * {@link Partnership#MAX_PARTNERS}; that is how the database refuses an eighth
 * partner under any concurrency. Who is invited, takes a seat or gives it back
 * is decided by their {@link Partnership}.
 */
@Entity
@Table(name = "partners")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * The column the partnership's list of places is joined on, named alike in both
	 * mappings.
	 */
	@Column(name = "partnership_id")
	private Long partnershipId;

	private Long practitionerId;

	@Enumerated(EnumType.STRING)
	private PartnerStatus status;

	private Short seat;

	private String message = "";

	private Long invitedBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant joinedAt;

	private Instant leftAt;

	private Instant tenetsAffirmedAt;

	@Enumerated(EnumType.STRING)
	private Trust trust;

	private Instant trustAt;

	/**
	 * The step (0-based) this partner asked to revisit with a "not yet". Private.
	 */
	private Integer revisitWish;

	/**
	 * The address the inviter typed, shown to partners instead of a name until the
	 * invitation is answered.
	 */
	private String invitedAddress;

	/** What this partner takes away, written in the closing round. */
	private String takeaway;

	@Version
	private long version;

	protected Partner() {
	}

	private Partner(long partnershipId, long practitionerId, PartnerStatus status, String message, Long invitedBy,
			Instant now) {
		this.partnershipId = partnershipId;
		this.practitionerId = practitionerId;
		this.status = status;
		this.message = message == null ? "" : message.strip();
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	static Partner proposer(long partnershipId, long practitionerId, Instant now) {
		Partner p = new Partner(partnershipId, practitionerId, PartnerStatus.INVITED, "", null, now);
		p.takeSeat(1, now);
		return p;
	}

	static Partner invitee(long partnershipId, long practitionerId, long invitedBy, String message, Instant now) {
		return new Partner(partnershipId, practitionerId, PartnerStatus.INVITED, message, invitedBy, now);
	}

	/** Invited by the address typed on a form. */
	static Partner inviteeByAddress(long partnershipId, long practitionerId, long invitedBy, String address,
			Instant now) {
		Partner p = invitee(partnershipId, practitionerId, invitedBy, "", now);
		p.invitedAddress = address;
		return p;
	}

	static Partner requester(long partnershipId, long practitionerId, String message, Instant now) {
		return new Partner(partnershipId, practitionerId, PartnerStatus.REQUESTED, message, null, now);
	}

	boolean isActive() {
		return status == PartnerStatus.ACTIVE;
	}

	boolean isPending() {
		return status == PartnerStatus.INVITED || status == PartnerStatus.REQUESTED;
	}

	/** Takes the given free seat; the unique seat index refuses a second taker. */
	void takeSeat(int seat, Instant now) {
		if (!Partnership.isSeat(seat)) {
			throw new ConflictException(null, Partnership.FULL);
		}
		this.seat = (short) seat;
		this.status = PartnerStatus.ACTIVE;
		this.joinedAt = now;
		this.leftAt = null;
		this.updatedAt = now;
	}

	void decline(Instant now) {
		this.status = PartnerStatus.DECLINED;
		this.updatedAt = now;
	}

	void leave(Instant now) {
		this.status = PartnerStatus.LEFT;
		this.seat = null;
		this.leftAt = now;
		this.trust = null;
		this.updatedAt = now;
	}

	/** Someone who declined or left is invited again. */
	void reinvite(long invitedBy, String address, Instant now) {
		this.invitedAddress = address;
		this.status = PartnerStatus.INVITED;
		this.invitedBy = invitedBy;
		this.message = "";
		this.updatedAt = now;
	}

	/** Someone who declined or left asks to join again. */
	void askAgain(String message, Instant now) {
		this.status = PartnerStatus.REQUESTED;
		this.invitedBy = null;
		this.message = message == null ? "" : message.strip();
		this.updatedAt = now;
	}

	void affirmTenets(Instant now) {
		if (tenetsAffirmedAt == null) {
			tenetsAffirmedAt = now;
		}
		updatedAt = now;
	}

	void confirmTrust(Trust trust, Integer revisitWish, Instant now) {
		this.trust = trust;
		this.revisitWish = trust == Trust.NOT_YET ? revisitWish : null;
		this.trustAt = now;
		this.updatedAt = now;
	}

	void resetTrust(Instant now) {
		this.trust = null;
		this.revisitWish = null;
		this.updatedAt = now;
	}

	void writeTakeaway(String takeaway, Instant now) {
		this.takeaway = takeaway.strip();
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public PartnerStatus getStatus() {
		return status;
	}

	public Integer getSeat() {
		return seat == null ? null : seat.intValue();
	}

	public String getMessage() {
		return message;
	}

	public Long getInvitedBy() {
		return invitedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getJoinedAt() {
		return joinedAt;
	}

	public Instant getLeftAt() {
		return leftAt;
	}

	public Instant getTenetsAffirmedAt() {
		return tenetsAffirmedAt;
	}

	public Trust getTrust() {
		return trust;
	}

	public Integer getRevisitWish() {
		return revisitWish;
	}

	public String getInvitedAddress() {
		return invitedAddress;
	}

	public String getTakeaway() {
		return takeaway;
	}

	public long getVersion() {
		return version;
	}
}
