package org.constellation.partnerships;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Where a person stands in a partnership, as {@link PartnershipAccess} sees it.
 * {@code status} is null for someone never invited and never asking.
 */
@NamedInterface(name = "api", propagate = false)
public record PartnerStanding(long partnershipId, long practitionerId, PartnershipState state, PartnerStatus status,
		Instant joinedAt) {

	/** A current partner: reads and writes everything inside. */
	public boolean isPartner() {
		return status == PartnerStatus.ACTIVE;
	}

	/** Invited or asking: sees the focus and who is in, nothing said inside. */
	public boolean isPending() {
		return status == PartnerStatus.INVITED || status == PartnerStatus.REQUESTED;
	}

	/** Partners write while the partnership is not closed. */
	public boolean canWrite() {
		return isPartner() && state.isOpen();
	}
}
