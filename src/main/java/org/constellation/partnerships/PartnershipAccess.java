package org.constellation.partnerships;

import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ConflictException;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may read and write inside a partnership. What
 * partners say is theirs: only current partners read it. Anyone else, whatever
 * their role (convener, steward, sponsor), is told the partnership does not
 * exist, so not even its existence leaks. Invitees and people asking to join
 * see the focus and who is in ({@link #requireVisible}), never what was said.
 * Every page, endpoint, export, notice and feed of the partnerships, sessions
 * and journeys modules asks here; the rules are written out in
 * docs/permissions.md.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class PartnershipAccess {

	private final Partnerships partnerships;
	private final Partners partners;

	PartnershipAccess(Partnerships partnerships, Partners partners) {
		this.partnerships = partnerships;
		this.partners = partners;
	}

	public PartnerStanding standing(long practitionerId, long partnershipId) {
		PartnershipState state = partnerships.stateOf(partnershipId);
		if (state == null) {
			throw notFound(partnershipId);
		}
		return partners.findByPartnershipIdAndPractitionerId(partnershipId, practitionerId)
				.map(p -> new PartnerStanding(partnershipId, practitionerId, state, p.getStatus(), p.getJoinedAt()))
				.orElseGet(() -> new PartnerStanding(partnershipId, practitionerId, state, null, null));
	}

	/** A current partner, or 404: the space and everything said in it. */
	public PartnerStanding requirePartner(AccountPrincipal viewer, long partnershipId) {
		PartnerStanding standing = standing(viewer.practitionerId(), partnershipId);
		if (!standing.isPartner()) {
			throw notFound(partnershipId);
		}
		return standing;
	}

	/** A current partner of a partnership that is not closed. */
	public PartnerStanding requireWrite(AccountPrincipal viewer, long partnershipId) {
		PartnerStanding standing = requirePartner(viewer, partnershipId);
		if (!standing.canWrite()) {
			throw new ConflictException(null,
					"This partnership is closed: its partners can read it, nobody can change it");
		}
		return standing;
	}

	/** A partner, an invitee or someone asking to join: the focus and who is in. */
	public PartnerStanding requireVisible(AccountPrincipal viewer, long partnershipId) {
		PartnerStanding standing = standing(viewer.practitionerId(), partnershipId);
		if (!standing.isPartner() && !standing.isPending()) {
			throw notFound(partnershipId);
		}
		return standing;
	}

	/**
	 * Whether a practitioner is a current partner now: asked before a notice, a
	 * mail or a feed entry leaves, so nothing reaches someone who left.
	 */
	public boolean isPartner(long practitionerId, long partnershipId) {
		return partners.findByPartnershipIdAndPractitionerId(partnershipId, practitionerId).map(Partner::isActive)
				.orElse(false);
	}

	/** The current partners, in seat order. */
	public List<Long> partnerIds(long partnershipId) {
		return partners.activeIds(partnershipId);
	}

	/** The partnerships this practitioner is in now, closed ones included. */
	public List<PartnershipRef> partnershipsOf(long practitionerId) {
		var ids = partners.ofPractitioner(practitionerId, List.of(PartnerStatus.ACTIVE)).stream()
				.map(Partner::getPartnershipId).toList();
		return partnerships.findByIdIn(ids).stream().map(p -> new PartnershipRef(p.getId(), p.getFocus(), p.getState()))
				.toList();
	}

	/**
	 * The partnerships in this state that the practitioner is a current partner of,
	 * in one statement.
	 */
	public List<PartnershipRef> partnershipsOf(long practitionerId, PartnershipState state) {
		return partnerships.ofPartnerIn(practitionerId, state);
	}

	private static NotFoundException notFound(long partnershipId) {
		return new NotFoundException("Partnership " + partnershipId);
	}
}
