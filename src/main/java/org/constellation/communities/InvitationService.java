package org.constellation.communities;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.constellation.notifications.Notifications;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Secrets;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a community: a convener invites by email or picks a
 * practitioner (whose address is never shown), the invitee follows a one-time
 * link or finds the invitation on their home page, and accepts it.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class InvitationService {

	private final CommunityService communityService;
	private final Communities communities;
	private final Memberships memberships;
	private final CommunityInvitations invitations;
	private final CommunityAccess access;
	private final People people;
	private final Notifications notifications;
	private final Clock clock;

	InvitationService(CommunityService communityService, Communities communities, Memberships memberships,
			CommunityInvitations invitations, CommunityAccess access, People people, Notifications notifications,
			Clock clock) {
		this.communityService = communityService;
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.access = access;
		this.people = people;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Invitations waiting for this person's answer. */
	public List<CommunityView> invitationsFor(AccountPrincipal viewer) {
		List<Long> ids = memberships
				.findByPractitionerIdAndStatusOrderByUpdatedAtDesc(viewer.practitionerId(), MembershipStatus.INVITED)
				.stream().map(Membership::getCommunityId).toList();
		return communityService.views(communities.findAllById(ids));
	}

	/**
	 * A convener invites someone by email. Someone who already has an account also
	 * finds the invitation on their home page.
	 */
	@Transactional
	public void invite(AccountPrincipal viewer, long id, String email) {
		access.requireConvene(viewer, id);
		Community community = communityService.community(id);
		if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("email", "Enter an email address, like name@example.org");
		}
		sendInvitation(viewer, community, email.strip().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * A convener invites a practitioner they found in Constellation; the address
	 * stays with the system and is never shown to the convener.
	 */
	@Transactional
	public void invitePractitioner(AccountPrincipal viewer, long id, long practitionerId) {
		access.requireConvene(viewer, id);
		Community community = communityService.community(id);
		String address = people.emails(List.of(practitionerId)).get(practitionerId);
		if (address == null) {
			throw new NotFoundException("Practitioner " + practitionerId);
		}
		if (memberships.findByCommunityIdAndPractitionerId(id, practitionerId).filter(Membership::isActive)
				.isPresent()) {
			throw new ConflictException("practitionerId", "They are a member of the community already");
		}
		sendInvitation(viewer, community, address);
	}

	private void sendInvitation(AccountPrincipal viewer, Community community, String address) {
		long id = community.getId();
		Instant now = clock.instant();
		String secret = Secrets.newSecret("");
		invitations.save(new CommunityInvitation(id, address, Secrets.hash(secret), viewer.practitionerId(), now));
		// a sponsor alone is not a practitioner: the mail goes as to anyone, but no
		// invitation waits on their list
		people.practitionerIdByEmail(address).filter(people::isPractitioner).ifPresent(invitee -> {
			Membership m = memberships.findByCommunityIdAndPractitionerId(id, invitee)
					.orElseGet(() -> memberships.save(new Membership(id, invitee, MembershipStatus.INVITED, "", now)));
			if (m.getStatus() != MembershipStatus.ACTIVE) {
				m.becomes(MembershipStatus.INVITED, now);
			}
		});
		String inviter = people.displayNames(List.of(viewer.practitionerId())).get(viewer.practitionerId());
		notifications.sendToAddress(address, inviter + " invites you to " + community.getName(),
				inviter + " invites you to join the community of practice \u201c" + community.getName() + "\u201d."
						+ (community.getPurpose().isBlank() ? "" : "\n\n" + community.getPurpose())
						+ "\n\nOpen the link to read its charter and join (you can create an account there):",
				"/communities/invitations/" + secret);
	}

	/** The community an invitation link is for, while it is still usable. */
	public Community invitationCommunity(String secret) {
		CommunityInvitation invitation = invitations.findBySecretHash(Secrets.hash(secret))
				.filter(i -> i.getAcceptedAt() == null).orElseThrow(() -> new NotFoundException("Invitation"));
		return communityService.community(invitation.getCommunityId());
	}

	@Transactional
	public Membership acceptInvitation(AccountPrincipal viewer, String secret, String whyHere) {
		// practitioners take part; a sponsor alone does not (decided once, in People)
		people.requirePractitioner(viewer);
		CommunityInvitation invitation = invitations.findBySecretHash(Secrets.hash(secret))
				.filter(i -> i.getAcceptedAt() == null).orElseThrow(() -> new NotFoundException("Invitation"));
		Instant now = clock.instant();
		invitation.accepted(now);
		long id = invitation.getCommunityId();
		Membership m = memberships.findByCommunityIdAndPractitionerId(id, viewer.practitionerId())
				.orElseGet(() -> memberships
						.save(new Membership(id, viewer.practitionerId(), MembershipStatus.INVITED, whyHere, now)));
		m.saysWhy(whyHere, now);
		m.becomes(MembershipStatus.ACTIVE, now);
		return m;
	}
}
