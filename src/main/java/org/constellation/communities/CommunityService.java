package org.constellation.communities;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.Portfolio;
import org.constellation.portfolio.PortfolioNames;
import org.constellation.portfolio.PortfolioNames.LevelName;
import org.constellation.portfolio.PortfolioNames.PlaceName;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.constellation.shared.Secrets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities module's API: convening and the charter, joining and leaving,
 * participation, the life cycle. Who may do what is asked of
 * {@link CommunityAccess}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class CommunityService {

	static final Duration RECENT = Duration.ofDays(90);

	private final Communities communities;
	private final Memberships memberships;
	private final CommunityInvitations invitations;
	private final StageChanges stageChanges;
	private final CommunityAccess access;
	private final Portfolio portfolio;
	private final People people;
	private final Notifications notifications;
	private final List<CommunityActivitySource> activitySources;
	private final Clock clock;

	CommunityService(Communities communities, Memberships memberships, CommunityInvitations invitations,
			StageChanges stageChanges, CommunityAccess access, Portfolio portfolio, People people,
			Notifications notifications, List<CommunityActivitySource> activitySources, Clock clock) {
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.stageChanges = stageChanges;
		this.access = access;
		this.portfolio = portfolio;
		this.people = people;
		this.notifications = notifications;
		this.activitySources = activitySources;
		this.clock = clock;
	}

	// Reading

	public Community community(long id) {
		return communities.findById(id).orElseThrow(() -> new NotFoundException("Community " + id));
	}

	/** Communities to browse: every signed-in person sees every charter. */
	public Page<CommunityView> browse(CommunityQuery query, Pageable pageable) {
		Specification<Community> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.text() != null && !query.text().isBlank()) {
				String like = "%" + query.text().strip().toLowerCase() + "%";
				where.add(
						cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("purpose")), like)));
			}
			if (query.issueId() != null) {
				where.add(cb.isMember(query.issueId(), root.<Collection<Long>>get("issueIds")));
			}
			if (query.stage() != null) {
				where.add(cb.equal(root.get("stage"), query.stage()));
			}
			if (query.levelId() != null) {
				var places = q.subquery(Long.class);
				var place = places.from(Place.class);
				places.select(place.get("id")).where(cb.equal(place.get("level").get("id"), query.levelId()));
				where.add(root.join("placeIds").in(places));
				q.distinct(true);
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Page<Community> page = communities.findAll(spec, pageable);
		return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
	}

	public CommunityView view(long id) {
		return views(List.of(community(id))).getFirst();
	}

	/**
	 * The cards of many communities in a fixed number of queries: their collections
	 * in batches, then names, places, conveners and counts at once.
	 */
	public List<CommunityView> views(List<Community> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(Community::getId).toList();
		PortfolioNames named = portfolio.names(collect(page, Community::getIssueIds),
				collect(page, Community::getStakeholderGroupIds), collect(page, Community::getPlaceIds));
		Map<Long, PlaceName> places = named.places();
		Map<Long, Ref> levels = named.levels().stream()
				.collect(Collectors.toMap(LevelName::id, l -> new Ref(l.id(), l.name())));
		Map<Long, Integer> ranks = named.levels().stream().collect(Collectors.toMap(LevelName::id, LevelName::rank));
		List<Membership> conveners = memberships.activeConveners(ids);
		Map<Long, String> names = people
				.displayNames(conveners.stream().map(Membership::getPractitionerId).distinct().toList());
		Map<Long, Map<Participation, Long>> counts = new HashMap<>();
		for (Object[] row : memberships.participationCounts(ids)) {
			counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(Participation.class))
					.put(Participation.valueOf((String) row[1]), ((Number) row[2]).longValue());
		}
		List<CommunityView> views = new ArrayList<>();
		for (Community c : page) {
			List<PlaceName> scope = c.getPlaceIds().stream().map(places::get).filter(p -> p != null)
					.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
			List<Ref> spanned = scope.stream().map(PlaceName::levelId).distinct()
					.sorted((a, b) -> Integer.compare(ranks.get(a), ranks.get(b))).map(levels::get).toList();
			List<ConvenerView> convenerViews = conveners.stream().filter(m -> m.getCommunityId().equals(c.getId())).map(
					m -> new ConvenerView(m.getPractitionerId(), names.get(m.getPractitionerId()), m.getLegitimacy()))
					.toList();
			boolean convenersAnswered = convenerViews.stream().anyMatch(v -> !v.legitimacy().isBlank());
			views.add(new CommunityView(c, refs(c.getIssueIds(), named.issues()),
					refs(c.getStakeholderGroupIds(), named.groups()),
					c.getNeededLevelIds().stream().map(levels::get).filter(l -> l != null).toList(),
					scope.stream().map(p -> new ScopePlace(p.id(), p.name(), levels.get(p.levelId()).name())).toList(),
					spanned, convenerViews, counts.getOrDefault(c.getId(), Map.of()), c.unanswered(convenersAnswered)));
		}
		return views;
	}

	private static Set<Long> collect(List<Community> page, java.util.function.Function<Community, Set<Long>> ids) {
		return page.stream().flatMap(c -> ids.apply(c).stream()).collect(Collectors.toSet());
	}

	private static List<Ref> refs(Set<Long> ids, Map<Long, String> names) {
		return ids.stream().filter(names::containsKey).map(id -> new Ref(id, names.get(id)))
				.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			communities.names(ids).forEach(r -> names.put(r.id(), r.name()));
		}
		return names;
	}

	public String name(long id) {
		return names(List.of(id)).get(id);
	}

	/**
	 * The issues a community's charter names, as ids: for modules that offer them
	 * first (the repertoire's form) and need nothing else of the community.
	 */
	public Set<Long> charterIssueIds(long id) {
		return community(id).getIssueIds();
	}

	/** The communities a person belongs to, most recently changed first. */
	public List<CommunityView> mine(AccountPrincipal viewer) {
		List<Long> ids = memberships.activeCommunityIds(viewer.practitionerId());
		return views(communities.findAllById(ids).stream()
				.sorted((a, b) -> b.getLastActivityAt().compareTo(a.getLastActivityAt())).toList());
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

	public List<Long> convenerIds(long communityId) {
		return memberships.activeConveners(List.of(communityId)).stream().map(Membership::getPractitionerId).toList();
	}

	/**
	 * A community's home for the viewer: its card, their membership and their
	 * standing, which is worked out from the rows the card reads anyway.
	 */
	public Home home(AccountPrincipal viewer, long communityId) {
		CommunityView view = view(communityId);
		Membership membership = viewer.practitionerId() == null ? null : membership(viewer, communityId).orElse(null);
		return new Home(view, membership, access.standingIn(view.community(), membership));
	}

	/**
	 * @param membership
	 *            the viewer's, in any status; null if they never joined
	 */
	public record Home(CommunityView view, Membership membership, Standing standing) {
	}

	public Optional<Membership> membership(AccountPrincipal viewer, long communityId) {
		return memberships.findByCommunityIdAndPractitionerId(communityId, viewer.practitionerId());
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

	/** Invitations waiting for this person's answer. */
	public List<CommunityView> invitationsFor(AccountPrincipal viewer) {
		List<Long> ids = memberships
				.findByPractitionerIdAndStatusOrderByUpdatedAtDesc(viewer.practitionerId(), MembershipStatus.INVITED)
				.stream().map(Membership::getCommunityId).toList();
		return views(communities.findAllById(ids));
	}

	/** Names of the people who moved the stage, for the history. */
	public Map<Long, String> changedByNames(List<StageChange> history) {
		return people.displayNames(history.stream().map(StageChange::getChangedBy).distinct().toList());
	}

	/**
	 * Every move with the conveners' notes, for those who may read the community:
	 * the stage itself is on every card, the notes are the community's own.
	 */
	public List<StageChange> stageHistory(AccountPrincipal viewer, long communityId) {
		access.requireRead(viewer, communityId);
		return stageChanges.findByCommunityIdOrderByChangedAtDescIdDesc(communityId);
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

	// Convening

	@Transactional
	public Community convene(AccountPrincipal viewer, String name, String purpose) {
		return convene(viewer, CharterDraft.named(name, purpose), null);
	}

	/**
	 * A new community with as much of its charter as is known, all or nothing; the
	 * person convening it is its first convener.
	 */
	@Transactional
	public Community convene(AccountPrincipal viewer, CharterDraft draft, String legitimacy) {
		requireMemberRole(viewer);
		if (draft.name() != null && communities.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name",
					"A community named \u201c" + draft.name().strip() + "\u201d already exists");
		}
		Instant now = clock.instant();
		Community community = communities
				.save(new Community(draft.name(), draft.purpose(), viewer.practitionerId(), now));
		Membership founder = memberships.save(Membership.founder(community.getId(), viewer.practitionerId(), now));
		stageChanges.save(new StageChange(community.getId(), Stage.POTENTIAL, "", viewer.practitionerId(), now));
		validate(draft, community.getId());
		community.change(draft, now);
		if (legitimacy != null && !legitimacy.isBlank()) {
			founder.legitimacy(legitimacy, now);
		}
		return communities.saveAndFlush(community);
	}

	@Transactional
	public Community changeCharter(AccountPrincipal viewer, long id, CharterDraft draft) {
		access.requireConvene(viewer, id);
		Community community = community(id);
		if (draft.version() != null && draft.version() != community.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Community.class, id);
		}
		validate(draft, id);
		community.change(draft, clock.instant());
		return communities.saveAndFlush(community);
	}

	private void validate(CharterDraft draft, long id) {
		if (draft.name() != null && communities.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw new ConflictException("name",
					"A community named \u201c" + draft.name().strip() + "\u201d already exists");
		}
		if (!portfolio.allIssuesExist(draft.issueIds())) {
			throw new InvalidInputException("issueIds", "Choose issues of the portfolio");
		}
		if (!portfolio.allStakeholderGroupsExist(draft.stakeholderGroupIds())) {
			throw new InvalidInputException("stakeholderGroupIds", "Choose stakeholder groups from the list");
		}
		if (portfolio.placesById(draft.placeIds()).size() != draft.placeIds().size()) {
			throw new InvalidInputException("placeIds", "Choose places from the list");
		}
		Set<Long> levelIds = portfolio.levels().stream().map(l -> l.getId()).collect(Collectors.toSet());
		if (!levelIds.containsAll(draft.neededLevelIds())) {
			throw new InvalidInputException("neededLevelIds", "Choose levels of scale from the list");
		}
	}

	/** A convener's own line on why they can convene this community. */
	@Transactional
	public void stateLegitimacy(AccountPrincipal viewer, long id, String legitimacy) {
		access.requireConvene(viewer, id);
		ownMembership(viewer, id).legitimacy(legitimacy, clock.instant());
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
		ownMembership(viewer, id).convene(false, clock.instant());
	}

	@Transactional
	public Community changeStage(AccountPrincipal viewer, long id, Stage stage, String note) {
		access.requireConvene(viewer, id);
		Community community = community(id);
		if (stage == null) {
			throw new InvalidInputException("stage", "Choose a stage");
		}
		if (community.getStage() != stage) {
			Instant now = clock.instant();
			community.moveTo(stage, now);
			stageChanges.save(new StageChange(id, stage, note, viewer.practitionerId(), now));
		}
		return community;
	}

	// Joining

	/**
	 * Join an open community, ask to join one by request, or accept an invitation.
	 * Doing it twice changes nothing.
	 */
	@Transactional
	public Membership join(AccountPrincipal viewer, long id, String whyHere) {
		requireMemberRole(viewer);
		Community community = community(id);
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
		notifications.sendAll(convenerIds(community.getId()).stream()
				.map(convener -> new Notice(convener, Topic.JOIN_REQUEST, name + " asks to join " + community.getName(),
						name + " says why they are here: \u201c" + m.getWhyHere() + "\u201d",
						"/communities/" + community.getId() + "/requests"))
				.toList());
	}

	@Transactional
	public Membership decide(AccountPrincipal viewer, long id, long practitionerId, boolean approve) {
		access.requireConvene(viewer, id);
		Community community = community(id);
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
		community(id);
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
	 * A convener invites someone by email. Someone who already has an account also
	 * finds the invitation on their home page.
	 */
	@Transactional
	public void invite(AccountPrincipal viewer, long id, String email) {
		access.requireConvene(viewer, id);
		Community community = community(id);
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
		Community community = community(id);
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
		return community(invitation.getCommunityId());
	}

	@Transactional
	public Membership acceptInvitation(AccountPrincipal viewer, String secret, String whyHere) {
		requireMemberRole(viewer);
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

	/** Called by the modules whose activity keeps a community alive. */
	@Transactional
	public void touch(long communityId) {
		communities.touch(communityId, clock.instant());
	}

	private Membership ownMembership(AccountPrincipal viewer, long id) {
		community(id);
		return memberships.findByCommunityIdAndPractitionerId(id, viewer.practitionerId()).filter(Membership::isActive)
				.orElseThrow(() -> new ForbiddenException("Join the community to take part in it"));
	}

	/**
	 * Practitioners take part; a sponsor alone does not (decided once, in People).
	 */
	private void requireMemberRole(AccountPrincipal viewer) {
		people.requirePractitioner(viewer);
	}
}
