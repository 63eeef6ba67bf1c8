package org.constellation.communities;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may read and add to a community's space. Every
 * page, API endpoint, search, feed and notification of the communities,
 * repertoire, conversations and gatherings modules asks here. The rules are
 * written out in docs/permissions.md.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class CommunityAccess {

	private final Memberships memberships;
	private final Communities communities;

	CommunityAccess(Memberships memberships, Communities communities) {
		this.memberships = memberships;
		this.communities = communities;
	}

	/** One query; a community that does not exist is a 404. */
	public Standing standing(AccountPrincipal viewer, long communityId) {
		return standing(viewer.practitionerId(), communityId);
	}

	/**
	 * The same rule for rows already read: the community and the viewer's
	 * membership in it (null if they never joined), as a community's home has them
	 * for its card.
	 */
	public Standing standingIn(Community community, Membership membership) {
		return membership == null
				? new Standing(community.getId(), community.getVisibility(), null, false)
				: new Standing(community.getId(), community.getVisibility(), membership.getStatus(),
						membership.isConvener());
	}

	public Standing standing(Long practitionerId, long communityId) {
		Visibility visibility = communities.visibilityOf(communityId);
		if (visibility == null) {
			throw new NotFoundException("Community " + communityId);
		}
		if (practitionerId == null) {
			return new Standing(communityId, visibility, null, false);
		}
		var membership = memberships.standingOf(communityId, practitionerId);
		return membership.map(m -> new Standing(communityId, visibility, m.status(), m.convener()))
				.orElseGet(() -> new Standing(communityId, visibility, null, false));
	}

	public Standing requireRead(AccountPrincipal viewer, long communityId) {
		Standing standing = standing(viewer, communityId);
		if (!standing.canRead()) {
			throw new ForbiddenException("Only members of this community can read what is written here");
		}
		return standing;
	}

	public Standing requireContribute(AccountPrincipal viewer, long communityId) {
		Standing standing = standing(viewer, communityId);
		if (!standing.canContribute()) {
			throw new ForbiddenException("Join the community to take part in it");
		}
		return standing;
	}

	public Standing requireConvene(AccountPrincipal viewer, long communityId) {
		Standing standing = standing(viewer, communityId);
		if (!standing.canConvene()) {
			throw new ForbiddenException("Only the community's conveners can do this");
		}
		return standing;
	}

	/**
	 * Whether a practitioner may read a community now: asked before a mail or a
	 * feed entry leaves, so content never reaches someone who left.
	 */
	public boolean canRead(long practitionerId, long communityId) {
		return standing(practitionerId, communityId).canRead();
	}

	/** Whether this practitioner convenes at least one community now. */
	public boolean convenesAny(long practitionerId) {
		return memberships.existsByPractitionerIdAndConvenerTrueAndStatus(practitionerId, MembershipStatus.ACTIVE);
	}

	/**
	 * The rule of who reads a community's inside, for another module's query of
	 * things kept per community: true where the community at {@code communityId} is
	 * public or the practitioner is one of its active members (public only, for
	 * someone who is no practitioner). It is asked row by row in the database: at
	 * national scale the members-only communities a reader is not in are hundreds,
	 * and sent as a list they cost more to bind than the query took to run.
	 */
	public static Predicate readable(Long practitionerId, Expression<Long> communityId, CommonAbstractCriteria query,
			CriteriaBuilder cb) {
		Subquery<Long> open = query.subquery(Long.class);
		Root<Community> community = open.from(Community.class);
		open.select(community.get("id")).where(cb.equal(community.get("id"), communityId),
				cb.equal(community.get("visibility"), Visibility.PUBLIC));
		if (practitionerId == null) {
			return cb.exists(open);
		}
		Subquery<Long> member = query.subquery(Long.class);
		Root<Membership> membership = member.from(Membership.class);
		member.select(membership.get("communityId")).where(cb.equal(membership.get("communityId"), communityId),
				cb.equal(membership.get("practitionerId"), practitionerId),
				cb.equal(membership.get("status"), MembershipStatus.ACTIVE));
		return cb.or(cb.exists(open), cb.exists(member));
	}

	/** Of these communities, the ones this practitioner may read. */
	public Set<Long> readableAmong(Long practitionerId, Collection<Long> communityIds) {
		if (communityIds.isEmpty()) {
			return new HashSet<>();
		}
		return new HashSet<>(communities.readableAmong(practitionerId == null ? -1 : practitionerId, communityIds));
	}
}
