package org.constellation.communities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Belonging to a community: joining or asking to join, a convener's answer to a
 * request, leaving, how a member takes part, and who the members are. Each
 * community's join policy decides how someone arrives; who may see the members
 * is asked of {@link CommunityAccess}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class MembershipService {

	static final Duration RECENT = Duration.ofDays(90);

	private final CommunityService communities;
	private final Memberships memberships;
	private final CommunityAccess access;
	private final People people;
	private final Notifications notifications;
	private final List<CommunityActivitySource> activitySources;
	private final Clock clock;

	MembershipService(CommunityService communities, Memberships memberships, CommunityAccess access, People people,
			Notifications notifications, List<CommunityActivitySource> activitySources, Clock clock) {
		this.communities = communities;
		this.memberships = memberships;
		this.access = access;
		this.people = people;
		this.notifications = notifications;
		this.activitySources = activitySources;
		this.clock = clock;
	}

	public Optional<Membership> membership(AccountPrincipal viewer, long communityId) {
		return memberships.findByCommunityIdAndPractitionerId(communityId, viewer.practitionerId());
	}

	public List<Long> activeMemberIds(long communityId) {
		return memberships.activeMemberIds(communityId);
	}

	/**
	 * Everyone the community already knows: its members, the people invited or
	 * asking, and those whose invitation or request ended in a no (that answer is
	 * respected). Someone who left may be asked again.
	 */
	public List<Long> involvedPractitionerIds(long communityId) {
		return memberships.involvedIds(communityId);
	}

	/** The member directory: members only for a members-only community. */
	public Page<MemberView> members(AccountPrincipal viewer, long communityId, Participation participation,
			Pageable pageable) {
		access.requireRead(viewer, communityId);
		if (!viewer.seesPeople()) {
			throw new ForbiddenException("Sponsors see aggregate views, not individual members");
		}
		Page<Membership> page = participation == null
				? memberships.findByCommunityIdAndStatusOrderByConvenerDescParticipationAscIdAsc(communityId,
						MembershipStatus.ACTIVE, pageable)
				: memberships.findByCommunityIdAndStatusAndParticipationOrderByConvenerDescIdAsc(communityId,
						MembershipStatus.ACTIVE, participation, pageable);
		Map<Long, String> names = people.displayNames(page.map(Membership::getPractitionerId).getContent());
		return page.map(m -> MemberView.of(m, names.get(m.getPractitionerId())));
	}

	/** Requests waiting for a convener, oldest first. */
	public List<MemberView> pendingRequests(AccountPrincipal viewer, long communityId) {
		access.requireConvene(viewer, communityId);
		List<Membership> waiting = memberships.findByCommunityIdAndStatusOrderByCreatedAt(communityId,
				MembershipStatus.REQUESTED);
		Map<Long, String> names = people.displayNames(waiting.stream().map(Membership::getPractitionerId).toList());
		return waiting.stream().map(m -> MemberView.of(m, names.get(m.getPractitionerId()))).toList();
	}

	public long pendingRequestCount(long communityId) {
		return memberships.pendingRequests(communityId);
	}

	/**
	 * What the member's recent activity suggests, from every module that counts
	 * contributions; shown to the member only, never to others.
	 */
	public Participation suggestedParticipation(AccountPrincipal viewer, long communityId) {
		Instant since = clock.instant().minus(RECENT);
		int contributions = activitySources.stream()
				.mapToInt(s -> s.contributions(communityId, viewer.practitionerId(), since)).sum();
		return Participation.suggestedBy(contributions);
	}

	/**
	 * Join an open community, ask to join one by request, or accept an invitation.
	 * Doing it twice changes nothing.
	 */
	@Transactional
	public Membership join(AccountPrincipal viewer, long id, String whyHere) {
		// practitioners take part; a sponsor alone does not (decided once, in People)
		people.requirePractitioner(viewer);
		Community community = communities.community(id);
		Instant now = clock.instant();
		Optional<Membership> existing = memberships.findByCommunityIdAndPractitionerId(id, viewer.practitionerId());
		if (existing.isPresent()) {
			Membership m = existing.get();
			switch (m.getStatus()) {
				case ACTIVE, REQUESTED -> {
					m.saysWhy(whyHere, now);
					return m;
				}
				case INVITED -> {
					m.saysWhy(whyHere, now);
					m.becomes(MembershipStatus.ACTIVE, now);
					return m;
				}
				case LEFT, DECLINED -> {
					m.saysWhy(whyHere, now);
					m.becomes(arrival(community), now);
					announceRequest(community, m);
					return m;
				}
			}
		}
		if (whyHere == null || whyHere.isBlank()) {
			throw new InvalidInputException("whyHere", "Say in a line why you are here");
		}
		Membership m = memberships.save(new Membership(id, viewer.practitionerId(), arrival(community), whyHere, now));
		announceRequest(community, m);
		return m;
	}

	private static MembershipStatus arrival(Community community) {
		return switch (community.getJoinPolicy()) {
			case OPEN -> MembershipStatus.ACTIVE;
			case REQUEST -> MembershipStatus.REQUESTED;
			case INVITATION ->
				throw new ForbiddenException("This community welcomes people by invitation; ask one of its conveners");
		};
	}

	private void announceRequest(Community community, Membership m) {
		if (m.getStatus() != MembershipStatus.REQUESTED) {
			return;
		}
		String name = people.displayNames(List.of(m.getPractitionerId())).get(m.getPractitionerId());
		notifications.sendAll(communities.convenerIds(community.getId()).stream()
				.map(convener -> new Notice(convener, Topic.JOIN_REQUEST, name + " asks to join " + community.getName(),
						name + " says why they are here: \u201c" + m.getWhyHere() + "\u201d",
						"/communities/" + community.getId() + "/requests"))
				.toList());
	}

	@Transactional
	public Membership decide(AccountPrincipal viewer, long id, long practitionerId, boolean approve) {
		access.requireConvene(viewer, id);
		Community community = communities.community(id);
		Membership m = memberships.findByCommunityIdAndPractitionerId(id, practitionerId)
				.orElseThrow(() -> new NotFoundException("Request to join"));
		MembershipStatus outcome = approve ? MembershipStatus.ACTIVE : MembershipStatus.DECLINED;
		if (m.getStatus() == outcome) {
			return m;
		}
		if (m.getStatus() != MembershipStatus.REQUESTED) {
			throw new InvalidInputException("practitionerId", "There is no request to answer");
		}
		m.becomes(outcome, clock.instant());
		notifications.send(new Notice(practitionerId, Topic.MEMBERSHIP,
				approve ? "Welcome to " + community.getName() : "About your request to join " + community.getName(),
				approve
						? "A convener approved your request. You can take part in the community now."
						: "A convener did not approve your request this time. The charter says who the community is for.",
				"/communities/" + id));
		return m;
	}

	@Transactional
	public void leave(AccountPrincipal viewer, long id) {
		communities.community(id);
		memberships.findByCommunityIdAndPractitionerId(id, viewer.practitionerId()).ifPresent(m -> {
			if (m.getStatus() == MembershipStatus.ACTIVE || m.getStatus() == MembershipStatus.REQUESTED
					|| m.getStatus() == MembershipStatus.INVITED) {
				m.becomes(m.getStatus() == MembershipStatus.INVITED ? MembershipStatus.DECLINED : MembershipStatus.LEFT,
						clock.instant());
			}
		});
	}

	@Transactional
	public Membership participate(AccountPrincipal viewer, long id, Participation participation) {
		if (participation == null) {
			throw new InvalidInputException("participation", "Choose how you take part");
		}
		Membership m = ownMembership(viewer, id);
		m.participate(participation, clock.instant());
		return m;
	}

	/**
	 * The viewer's active membership of this community (404 for no community, 403
	 * for someone who is not a member now): what a member changes about their own
	 * taking part goes through here.
	 */
	Membership ownMembership(AccountPrincipal viewer, long id) {
		communities.community(id);
		return memberships.findByCommunityIdAndPractitionerId(id, viewer.practitionerId()).filter(Membership::isActive)
				.orElseThrow(() -> new ForbiddenException("Join the community to take part in it"));
	}
}
