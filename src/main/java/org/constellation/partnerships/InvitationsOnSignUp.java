package org.constellation.partnerships;

import org.constellation.people.PractitionerSignedUp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invitations typed as an address that had no account reach the person who
 * signs up with it, in the same step as the sign-up, so their first page shows
 * them.
 */
@Component
class InvitationsOnSignUp {

	private final PartnershipService partnerships;

	InvitationsOnSignUp(PartnershipService partnerships) {
		this.partnerships = partnerships;
	}

	@EventListener
	void on(PractitionerSignedUp signedUp) {
		partnerships.welcomeNewcomer(signedUp.practitionerId(), signedUp.email());
	}
}
