package org.constellation.communities;

import java.time.Clock;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a community together: a convener asks a member to convene with
 * them, steps down, and says in a line why they can convene it. Only conveners
 * do these, as {@link CommunityAccess} decides.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ConvenerService {

	private final CommunityAccess access;
	private final Memberships memberships;
	private final MembershipService membershipService;
	private final Clock clock;

	ConvenerService(CommunityAccess access, Memberships memberships, MembershipService membershipService, Clock clock) {
		this.access = access;
		this.memberships = memberships;
		this.membershipService = membershipService;
		this.clock = clock;
	}

	/** A convener's own line on why they can convene this community. */
	@Transactional
	public void stateLegitimacy(AccountPrincipal viewer, long id, String legitimacy) {
		access.requireConvene(viewer, id);
		membershipService.ownMembership(viewer, id).legitimacy(legitimacy, clock.instant());
	}

	/** A convener asks an active member to convene with them. */
	@Transactional
	public void appointConvener(AccountPrincipal viewer, long id, long practitionerId) {
		access.requireConvene(viewer, id);
		Membership member = memberships.findByCommunityIdAndPractitionerId(id, practitionerId)
				.orElseThrow(() -> new InvalidInputException("practitionerId", "Only a member can convene"));
		member.convene(true, clock.instant());
	}

	@Transactional
	public void stepDownAsConvener(AccountPrincipal viewer, long id) {
		access.requireConvene(viewer, id);
		membershipService.ownMembership(viewer, id).convene(false, clock.instant());
	}
}
