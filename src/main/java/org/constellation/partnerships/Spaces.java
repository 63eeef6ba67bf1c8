package org.constellation.partnerships;

import org.constellation.people.AccountPrincipal;
import org.constellation.shared.NotFoundException;

/**
 * Asks {@link PartnershipAccess} on behalf of the component services. Someone
 * signed in without a practitioner profile (an administrator's account) is
 * nobody's partner, so they are told the partnership does not exist.
 */
final class Spaces {

	private Spaces() {
	}

	static PartnerStanding requirePartner(PartnershipAccess access, AccountPrincipal viewer, long partnershipId) {
		requireProfile(viewer, partnershipId);
		return access.requirePartner(viewer, partnershipId);
	}

	static PartnerStanding requireWrite(PartnershipAccess access, AccountPrincipal viewer, long partnershipId) {
		requireProfile(viewer, partnershipId);
		return access.requireWrite(viewer, partnershipId);
	}

	private static void requireProfile(AccountPrincipal viewer, long partnershipId) {
		if (viewer == null || viewer.practitionerId() == null) {
			throw new NotFoundException("Partnership " + partnershipId);
		}
	}
}
