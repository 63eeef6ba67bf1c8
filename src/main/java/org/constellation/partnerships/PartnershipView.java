package org.constellation.partnerships;

import java.util.List;
import java.util.Map;

/**
 * A partnership as one person sees it: partners see everyone's place in it;
 * invitees and people asking see who is in and their own place.
 */
public record PartnershipView(Partnership partnership, PartnerStanding standing, List<PartnerView> partners,
		List<PartnerView> pending, Map<Long, String> issues, String communityName, int openingSteps,
		String proposerName) {

	public int partnerCount() {
		return partners.size();
	}

	public boolean mayBeginOpening() {
		return standing.isPartner() && partnership.getState() == PartnershipState.FORMING
				&& Partnership.isEnough(partners.size());
	}

	/**
	 * Seats nobody holds or is invited to: what "invite more" still allows (a
	 * request to join takes no seat until it is welcomed).
	 */
	public int freeSeats() {
		return Partnership
				.freeSeats(partners.size() + pending.stream().filter(m -> m.status() == PartnerStatus.INVITED).count());
	}
}
