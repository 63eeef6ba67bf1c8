package org.constellation.partnerships;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forming a partnership and its life after the opening: proposing, inviting,
 * asking to join, accepting and declining, pausing, leaving and closing. Every
 * partner has the same powers; the person who proposed has none the others
 * lack. Access is decided by {@link PartnershipAccess}.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

	static final String PEERS_ONLY = "Partnerships are of peers: nobody who supervises another partner can be in the "
			+ "same partnership, and a confirmed reporting line links people in this group";

	static final String FULL = "This partnership has " + Partnership.MAX_PARTNERS
			+ " partners already, the most a partnership can have";

	private final Partnerships partnerships;
	private final Partners partners;
	private final PartnershipAccess access;
	private final OpeningScripts scripts;
	private final OpeningScriptVersions versions;
	private final OpeningSteps steps;
	private final People people;
	private final Portfolio portfolio;
	private final CommunityAccess communityAccess;
	private final CommunityService communities;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	PartnershipService(Partnerships partnerships, Partners partners, PartnershipAccess access, OpeningScripts scripts,
			OpeningScriptVersions versions, OpeningSteps steps, People people, Portfolio portfolio,
			CommunityAccess communityAccess, CommunityService communities, Notifications notifications,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.partnerships = partnerships;
		this.partners = partners;
		this.access = access;
		this.scripts = scripts;
		this.versions = versions;
		this.steps = steps;
		this.people = people;
		this.portfolio = portfolio;
		this.communityAccess = communityAccess;
		this.communities = communities;
		this.notifications = notifications;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public Partnership partnership(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}

	// Reading

	/** For partners, invitees and people asking; 404 for anyone else. */
	public PartnershipView view(AccountPrincipal me, long id) {
		PartnerStanding standing = access.requireVisible(me, id);
		Partnership p = partnership(id);
		List<Partner> all = partners.findByPartnershipIdOrderByIdAsc(id);
		Set<Long> named = all.stream().map(Partner::getPractitionerId).collect(Collectors.toCollection(HashSet::new));
		if (p.getProposedBy() != null) {
			named.add(p.getProposedBy());
		}
		Map<Long, String> names = people.displayNames(named);
		Function<Partner, PartnerView> view = m -> new PartnerView(m.getPractitionerId(),
				names.getOrDefault(m.getPractitionerId(), ""), m.getStatus(), m.getSeat(), m.getJoinedAt(),
				m.getMessage());
		List<PartnerView> in = all.stream().filter(Partner::isActive)
				.sorted((a, b) -> Integer.compare(a.getSeat(), b.getSeat())).map(view).toList();
		// invitees and people asking see their own place, not who else was asked
		List<PartnerView> pending = all.stream().filter(Partner::isPending)
				.filter(m -> standing.isPartner() || m.getPractitionerId().equals(me.practitionerId())).map(view)
				.toList();
		String community = p.getCommunityId() == null ? null : communities.name(p.getCommunityId());
		int stepCount = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId()).size();
		String proposer = p.getProposedBy() == null ? "" : names.getOrDefault(p.getProposedBy(), "");
		return new PartnershipView(p, standing, in, pending, portfolio.issueNames(p.getIssueIds()), community,
				stepCount, proposer);
	}

	/**
	 * The partnerships a person is in, invited to or asking to join, newest first.
	 */
	public List<PartnershipSummary> mine(AccountPrincipal me) {
		List<Partner> places = partners.ofPractitioner(me.practitionerId(),
				List.of(PartnerStatus.ACTIVE, PartnerStatus.INVITED, PartnerStatus.REQUESTED));
		return summaries(places.stream().map(Partner::getPartnershipId).toList(),
				places.stream().collect(Collectors.toMap(Partner::getPartnershipId, Partner::getStatus, (a, b) -> a)));
	}

	/**
	 * Whether this person is in the partnership, invited to it or asking to join.
	 */
	public boolean isPartnerOrPending(AccountPrincipal me, long id) {
		PartnerStanding standing = access.standing(me.practitionerId(), id);
		return standing.isPartner() || standing.isPending();
	}

	/**
	 * What someone outside sees of a partnership that welcomes requests: its focus,
	 * context, issues and size. Any other partnership is 404 to them.
	 */
	public PartnershipSummary openOne(AccountPrincipal me, long id) {
		Partnership p = partnership(id);
		if (!p.isOpenToRequests() || !p.getState().isOpen()) {
			throw new NotFoundException("Partnership " + id);
		}
		PartnerStanding standing = access.standing(me.practitionerId(), id);
		return summaries(List.of(id), standing.status() == null ? Map.of() : Map.of(id, standing.status())).getFirst();
	}

	/**
	 * Partnerships whose partners welcome requests, that this person is not part
	 * of.
	 */
	public Page<PartnershipSummary> openToRequests(AccountPrincipal me, Pageable pageable) {
		Page<Partnership> page = partnerships.openToRequestsFor(me.practitionerId(), pageable);
		var list = summaries(page.getContent().stream().map(Partnership::getId).toList(), Map.of());
		return new org.springframework.data.domain.PageImpl<>(list, pageable, page.getTotalElements());
	}

	private List<PartnershipSummary> summaries(List<Long> ids, Map<Long, PartnerStatus> mine) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Partnership> byId = partnerships.findByIdIn(ids).stream()
				.collect(Collectors.toMap(Partnership::getId, Function.identity()));
		Map<Long, Long> counts = partners.activeCounts(ids).stream()
				.collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
		Map<Long, String> names = communities.names(byId.values().stream().map(Partnership::getCommunityId)
				.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return ids.stream().filter(byId::containsKey).map(byId::get)
				.map(p -> new PartnershipSummary(p, counts.getOrDefault(p.getId(), 0L), mine.get(p.getId()),
						p.getCommunityId() == null ? null : names.get(p.getCommunityId())))
				.toList();
	}

	// Forming

	@Transactional
	public Partnership propose(AccountPrincipal me, PartnershipDraft draft) {
		long proposer = people.requirePractitioner(me);
		List<Long> invitees = draft.invitees().stream().filter(i -> i != proposer).toList();
		if (invitees.isEmpty()) {
			throw new InvalidInputException("invitees", "Invite at least one other person: a partnership has 2 to 7");
		}
		if (invitees.size() > Partnership.MAX_PARTNERS - 1) {
			throw new InvalidInputException("invitees", "Invite at most " + (Partnership.MAX_PARTNERS - 1)
					+ " others: a partnership has " + Partnership.MAX_PARTNERS + " partners at most");
		}
		if (people.practitionersById(invitees).size() != invitees.size()) {
			throw new InvalidInputException("invitees", "Choose people from the directory");
		}
		if (!portfolio.allIssuesExist(draft.issueIds())) {
			throw new InvalidInputException("issueIds", "Choose issues of the portfolio");
		}
		if (draft.communityId() != null && !communityAccess.standing(proposer, draft.communityId()).isMember()) {
			throw new InvalidInputException("communityId", "Choose a community you are a member of");
		}
		requirePeers(Stream.concat(Stream.of(proposer), invitees.stream()).toList(), "invitees");
		long scriptVersion = scriptVersionFor(draft.scriptId());
		Instant now = clock.instant();
		Partnership p = partnerships
				.save(new Partnership(draft.focus(), draft.context(), new LinkedHashSet<>(draft.issueIds()),
						draft.communityId(), draft.openToRequests(), proposer, scriptVersion, now));
		partners.save(Partner.proposer(p.getId(), proposer, now));
		partners.saveAll(invitees.stream().map(i -> Partner.invitee(p.getId(), i, proposer, "", now)).toList());
		invite(p, me, invitees);
		return p;
	}

	/**
	 * A group proposed by a formation run becomes a partnership in which every
	 * member is invited and nobody is in yet. The person who sends it is recorded
	 * as its proposer and is not a partner: they cannot read it.
	 */
	@Transactional
	public Partnership proposeFormed(AccountPrincipal sender, FormedProposal proposal) {
		List<Long> members = proposal.memberIds();
		if (members.size() < Partnership.MIN_PARTNERS || members.size() > Partnership.MAX_PARTNERS) {
			throw new InvalidInputException("memberIds",
					"A partnership has " + Partnership.MIN_PARTNERS + " to " + Partnership.MAX_PARTNERS + " partners");
		}
		if (people.practitionersById(members).size() != members.size()) {
			throw new InvalidInputException("memberIds", "Choose people from the directory");
		}
		requirePeers(members, "memberIds");
		Instant now = clock.instant();
		Partnership p = partnerships
				.save(new Partnership(proposal.focus(), proposal.context(), new LinkedHashSet<>(proposal.issueIds()),
						proposal.communityId(), false, sender.practitionerId(), scriptVersionFor(null), now));
		partners.saveAll(
				members.stream().map(i -> Partner.invitee(p.getId(), i, sender.practitionerId(), "", now)).toList());
		invite(p, sender, members);
		return p;
	}

	/**
	 * How many partnerships each person is in or invited to, among those not
	 * closed.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> openPartnershipCounts(Collection<Long> practitionerIds) {
		Map<Long, Integer> counts = new java.util.HashMap<>();
		for (List<Long> chunk : chunks(practitionerIds)) {
			partners.openCounts(chunk).forEach(r -> counts.put((Long) r[0], ((Long) r[1]).intValue()));
		}
		return counts;
	}

	/**
	 * Every unordered pair {@code [smaller, larger]} of the given people who were
	 * partners together at some time. For forming new partnerships only: it says
	 * nothing of what was said.
	 */
	@Transactional(readOnly = true)
	public Set<List<Long>> pastPartnerPairsAmong(Collection<Long> practitionerIds) {
		if (practitionerIds.isEmpty()) {
			return Set.of();
		}
		return partners.pastPairsAmong(Set.copyOf(practitionerIds)).stream().map(r -> List.of((Long) r[0], (Long) r[1]))
				.collect(Collectors.toSet());
	}

	/**
	 * For each partnership, its state and how many invitees accepted, declined or
	 * have not answered.
	 */
	@Transactional(readOnly = true)
	public Map<Long, FormedStatus> formedStatuses(Collection<Long> partnershipIds) {
		if (partnershipIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, int[]> counts = new java.util.HashMap<>();
		partners.statusCounts(partnershipIds).forEach(r -> {
			int[] c = counts.computeIfAbsent((Long) r[0], k -> new int[3]);
			int n = ((Long) r[2]).intValue();
			switch ((PartnerStatus) r[1]) {
				case ACTIVE, LEFT -> c[0] += n;
				case DECLINED -> c[1] += n;
				case INVITED, REQUESTED -> c[2] += n;
			}
		});
		return partnerships.findByIdIn(List.copyOf(partnershipIds)).stream()
				.collect(Collectors.toMap(Partnership::getId, p -> {
					int[] c = counts.getOrDefault(p.getId(), new int[3]);
					return new FormedStatus(p.getState(), c[0], c[1], c[2]);
				}));
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 1000) {
			chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
		}
		return chunks;
	}

	/** Any partner invites more people, as long as the seats allow it. */
	@Transactional
	public void invite(AccountPrincipal me, long id, List<Long> inviteeIds) {
		access.requireWrite(me, id);
		Partnership p = partnership(id);
		List<Long> invitees = inviteeIds == null
				? List.of()
				: inviteeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (invitees.isEmpty()) {
			throw new InvalidInputException("invitees", "Choose at least one person to invite");
		}
		List<Partner> all = partners.findByPartnershipIdOrderByIdAsc(id);
		Set<Long> taken = all.stream().filter(m -> m.isActive() || m.getStatus() == PartnerStatus.INVITED)
				.map(Partner::getPractitionerId).collect(Collectors.toSet());
		if (invitees.stream().anyMatch(taken::contains)) {
			throw new ConflictException("invitees", "Someone you chose is already a partner or invited");
		}
		if (taken.size() + invitees.size() > Partnership.MAX_PARTNERS) {
			throw new InvalidInputException("invitees", "There is room for " + (Partnership.MAX_PARTNERS - taken.size())
					+ " more: a partnership has " + Partnership.MAX_PARTNERS + " partners at most");
		}
		if (people.practitionersById(invitees).size() != invitees.size()) {
			throw new InvalidInputException("invitees", "Choose people from the directory");
		}
		Set<Long> group = new HashSet<>(taken);
		group.addAll(invitees);
		requirePeers(group, "invitees");
		Instant now = clock.instant();
		Map<Long, Partner> existing = all.stream()
				.collect(Collectors.toMap(Partner::getPractitionerId, Function.identity()));
		for (Long invitee : invitees) {
			Partner before = existing.get(invitee);
			if (before == null) {
				partners.save(Partner.invitee(id, invitee, me.practitionerId(), "", now));
			} else {
				before.reinvite(me.practitionerId(), now);
			}
		}
		invite(p, me, invitees);
	}

	private void invite(Partnership p, AccountPrincipal me, List<Long> invitees) {
		String name = people.displayNames(List.of(me.practitionerId())).getOrDefault(me.practitionerId(), "Someone");
		notifications.sendAll(invitees.stream()
				.map(i -> new Notice(i, Topic.PARTNERSHIP, name + " invites you to a learning partnership",
						name + " invites you to a learning partnership: \u201c" + p.getFocus()
								+ "\u201d. You can accept or decline on its page.",
						"/partnerships/" + p.getId()))
				.toList());
	}

	/**
	 * An invitee accepts. The seat is taken in a transaction of its own so that,
	 * when several accept at once, the database's unique seat decides and every
	 * loser hears why. Not inside a caller's transaction, so that the seat's own
	 * transaction commits (or fails) on its own.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PartnershipState accept(AccountPrincipal me, long id) {
		people.requirePractitioner(me);
		PartnerStanding standing = access.standing(me.practitionerId(), id);
		if (standing.isPartner()) {
			throw new ConflictException(null, "You are already a partner in this partnership");
		}
		if (standing.status() != PartnerStatus.INVITED) {
			throw new NotFoundException("Invitation to partnership " + id);
		}
		return seat(id, me.practitionerId());
	}

	/** A partner welcomes someone who asked to join. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PartnershipState approveRequest(AccountPrincipal me, long id, long practitionerId) {
		access.requireWrite(me, id);
		PartnerStanding asking = access.standing(practitionerId, id);
		if (asking.isPartner()) {
			throw new ConflictException(null, "They are already a partner in this partnership");
		}
		if (asking.status() != PartnerStatus.REQUESTED) {
			throw new NotFoundException("Request to join partnership " + id);
		}
		return seat(id, practitionerId);
	}

	private PartnershipState seat(long id, long practitionerId) {
		for (int attempt = 0;; attempt++) {
			try {
				return transaction.execute(status -> takeSeat(id, practitionerId));
			} catch (DataIntegrityViolationException taken) {
				// someone else took the same seat at the same moment: look again
				if (attempt == 2) {
					throw new ConflictException(null, FULL);
				}
			}
		}
	}

	private PartnershipState takeSeat(long id, long practitionerId) {
		Partnership p = partnership(id);
		p.requireOpen();
		Partner partner = partners.findByPartnershipIdAndPractitionerId(id, practitionerId).orElseThrow();
		if (!partner.isPending()) {
			throw new ConflictException(null, "This invitation or request was already answered");
		}
		List<Long> in = partners.activeIds(id);
		if (in.size() >= Partnership.MAX_PARTNERS) {
			throw new ConflictException(null, FULL);
		}
		List<Long> group = new ArrayList<>(in);
		group.add(practitionerId);
		requirePeers(group, null);
		Set<Integer> taken = partners.takenSeats(id).stream().map(Short::intValue).collect(Collectors.toSet());
		int seat = 1;
		while (taken.contains(seat)) {
			seat++;
		}
		partner.takeSeat(seat, clock.instant());
		partners.saveAndFlush(partner);
		String name = people.displayNames(List.of(practitionerId)).getOrDefault(practitionerId, "Someone");
		notifyPartners(p, practitionerId, name + " joined your partnership",
				name + " is now a partner in \u201c" + p.getFocus() + "\u201d.");
		return settle(p);
	}

	/** An invitee declines, or a person withdraws their request. */
	@Transactional
	public PartnershipState decline(AccountPrincipal me, long id) {
		Partner partner = partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId())
				.filter(Partner::isPending).orElseThrow(() -> new NotFoundException("Invitation to partnership " + id));
		partner.decline(clock.instant());
		return settle(partnership(id));
	}

	/** A partner turns down someone's request to join. */
	@Transactional
	public void declineRequest(AccountPrincipal me, long id, long practitionerId) {
		access.requireWrite(me, id);
		Partner partner = partners.findByPartnershipIdAndPractitionerId(id, practitionerId)
				.filter(m -> m.getStatus() == PartnerStatus.REQUESTED)
				.orElseThrow(() -> new NotFoundException("Request to join partnership " + id));
		partner.decline(clock.instant());
	}

	@Transactional
	public void requestToJoin(AccountPrincipal me, long id, String message) {
		people.requirePractitioner(me);
		Partnership p = partnership(id);
		PartnerStanding standing = access.standing(me.practitionerId(), id);
		if (standing.isPartner() || standing.isPending()) {
			throw new ConflictException(null,
					standing.isPartner()
							? "You are already a partner in this partnership"
							: "You have already been invited or asked to join");
		}
		if (!p.isOpenToRequests() || !p.getState().isOpen()) {
			throw new NotFoundException("Partnership " + id);
		}
		if (message != null && message.strip().length() > 1000) {
			throw new InvalidInputException("message", "Keep your note under 1,000 characters");
		}
		List<Long> in = partners.activeIds(id);
		if (in.size() >= Partnership.MAX_PARTNERS) {
			throw new ConflictException(null, FULL);
		}
		List<Long> group = new ArrayList<>(in);
		group.add(me.practitionerId());
		requirePeers(group, null);
		Instant now = clock.instant();
		partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId()).ifPresentOrElse(
				before -> before.askAgain(message, now),
				() -> partners.save(Partner.requester(id, me.practitionerId(), message, now)));
		String name = people.displayNames(List.of(me.practitionerId())).getOrDefault(me.practitionerId(), "Someone");
		notifyPartners(p, me.practitionerId(), name + " asks to join your partnership",
				name + " asks to join \u201c" + p.getFocus() + "\u201d. Any partner can welcome them or say no.");
	}

	@Transactional
	public void setOpenToRequests(AccountPrincipal me, long id, boolean open) {
		access.requireWrite(me, id);
		partnership(id).openToRequests(open, clock.instant());
	}

	/**
	 * Starts the opening with those who have accepted, without waiting for the
	 * rest.
	 */
	@Transactional
	public void beginOpening(AccountPrincipal me, long id) {
		access.requireWrite(me, id);
		Partnership p = partnership(id);
		if (p.getState() != PartnershipState.FORMING) {
			throw new ConflictException(null, "The opening has already begun");
		}
		if (partners.activeIds(id).size() < Partnership.MIN_PARTNERS) {
			throw new ConflictException(null, "A partnership needs at least two partners who accepted");
		}
		open(p);
	}

	// Life

	@Transactional
	public PartnershipState leave(AccountPrincipal me, long id) {
		access.requireWrite(me, id);
		Partnership p = partnership(id);
		Partner partner = partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId()).orElseThrow();
		partner.leave(clock.instant());
		partners.flush();
		String name = people.displayNames(List.of(me.practitionerId())).getOrDefault(me.practitionerId(), "A partner");
		notifyPartners(p, me.practitionerId(), name + " stepped out of your partnership",
				name + " stepped out of \u201c" + p.getFocus() + "\u201d.");
		return settle(p);
	}

	/**
	 * A person who deletes their account leaves every partnership as a partner who
	 * steps out would (fewer than two left close it), and withdraws what they were
	 * invited to or asked for. Their words are removed by
	 * {@code PartnershipPersonalData}.
	 */
	@Transactional
	void forgetPartner(long practitionerId) {
		for (Partner partner : partners.ofPractitioner(practitionerId,
				List.of(PartnerStatus.ACTIVE, PartnerStatus.INVITED, PartnerStatus.REQUESTED))) {
			Partnership p = partnership(partner.getPartnershipId());
			if (partner.getStatus() == PartnerStatus.ACTIVE) {
				partner.leave(clock.instant());
				partners.flush();
				notifyPartners(p, practitionerId, "A partner stepped out of your partnership",
						"A partner stepped out of \u201c" + p.getFocus() + "\u201d: they deleted their account, "
								+ "and what they wrote here was removed with it.");
			} else {
				partner.decline(clock.instant());
				partners.flush();
			}
			settle(p);
		}
		partners.flush();
	}

	@Transactional
	public void pause(AccountPrincipal me, long id) {
		access.requireWrite(me, id);
		Partnership p = partnership(id);
		if (p.getState() != PartnershipState.ACTIVE) {
			throw new ConflictException(null, "Only an active partnership can be paused");
		}
		p.becomes(PartnershipState.PAUSED, clock.instant());
		events.publishEvent(new PartnershipStateChanged(id, PartnershipState.PAUSED));
	}

	@Transactional
	public void resume(AccountPrincipal me, long id) {
		access.requireWrite(me, id);
		Partnership p = partnership(id);
		if (p.getState() != PartnershipState.PAUSED) {
			throw new ConflictException(null, "Only a paused partnership can be resumed");
		}
		p.becomes(PartnershipState.ACTIVE, clock.instant());
		events.publishEvent(new PartnershipStateChanged(id, PartnershipState.ACTIVE));
	}

	/** The closing round: what each partner takes away. */
	@Transactional
	public void writeTakeaway(AccountPrincipal me, long id, String takeaway) {
		access.requireWrite(me, id);
		if (takeaway == null || takeaway.isBlank()) {
			throw new InvalidInputException("takeaway", "Write what you take away from this partnership");
		}
		if (takeaway.strip().length() > 4000) {
			throw new InvalidInputException("takeaway", "Keep it under 4,000 characters");
		}
		partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId()).orElseThrow().writeTakeaway(takeaway,
				clock.instant());
	}

	public List<Takeaway> takeaways(AccountPrincipal me, long id) {
		access.requirePartner(me, id);
		List<Partner> in = partners.active(id);
		Map<Long, String> names = people.displayNames(in.stream().map(Partner::getPractitionerId).toList());
		return in.stream().map(m -> new Takeaway(m.getPractitionerId(), names.get(m.getPractitionerId()),
				m.getTakeaway() == null ? "" : m.getTakeaway())).toList();
	}

	/** This partner's own closing take-away, if written. */
	String takeawayOf(long id, long practitionerId) {
		return partners.findByPartnershipIdAndPractitionerId(id, practitionerId).map(Partner::getTakeaway).orElse(null);
	}

	/** Closes once every partner has written what they take away. */
	@Transactional
	public void close(AccountPrincipal me, long id) {
		access.requireWrite(me, id);
		Partnership p = partnership(id);
		long waiting = partners.active(id).stream().filter(m -> m.getTakeaway() == null).count();
		if (waiting > 0) {
			throw new ConflictException(null, "The closing round is not over: " + waiting
					+ (waiting == 1 ? " partner has" : " partners have") + " not written what they take away yet");
		}
		p.becomes(PartnershipState.CLOSED, clock.instant());
		events.publishEvent(new PartnershipStateChanged(id, PartnershipState.CLOSED));
		notifyPartners(p, me.practitionerId(), "Your partnership has closed", "\u201c" + p.getFocus()
				+ "\u201d is closed. Its partners can still read it and download what they wrote.");
	}

	// Rules shared by the steps above

	/**
	 * Moves the partnership on after someone joins, declines or leaves: the opening
	 * starts once nobody is still invited and two or more are in; fewer than two
	 * close a partnership that had begun.
	 */
	PartnershipState settle(Partnership p) {
		long in = partners.activeIds(p.getId()).size();
		long invited = partners.pendingInvitations(p.getId());
		switch (p.getState()) {
			case FORMING -> {
				if (invited == 0 && in >= Partnership.MIN_PARTNERS) {
					open(p);
				} else if (invited == 0 && in == 0) {
					p.becomes(PartnershipState.CLOSED, clock.instant());
				} else if (invited == 0 && in == 1 && !partners.activeIds(p.getId()).contains(p.getProposedBy())) {
					// A proposal from a formation run that everyone else declined: the
					// one who accepted is left alone, and free to be offered again.
					p.becomes(PartnershipState.CLOSED, clock.instant());
					notifyPartners(p, null, "Your partnership did not form", "The others invited to \u201c"
							+ p.getFocus() + "\u201d declined. You are free to be offered a partnership again.");
				}
			}
			case OPENING, ACTIVE, PAUSED -> {
				if (in < Partnership.MIN_PARTNERS) {
					p.becomes(PartnershipState.CLOSED, clock.instant());
					events.publishEvent(new PartnershipStateChanged(p.getId(), PartnershipState.CLOSED));
				} else if (p.getState() == PartnershipState.OPENING) {
					activateIfAllTrust(p);
				}
			}
			default -> {
			}
		}
		return p.getState();
	}

	private void open(Partnership p) {
		p.becomes(PartnershipState.OPENING, clock.instant());
		notifyPartners(p, null, "Your partnership begins its opening",
				"\u201c" + p.getFocus() + "\u201d has its partners: the opening begins. Take the first step together.");
	}

	/**
	 * Active once every partner said "I can be vulnerable here" and affirmed the
	 * tenets.
	 */
	boolean activateIfAllTrust(Partnership p) {
		int stepCount = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId()).size();
		List<Partner> in = partners.active(p.getId());
		boolean all = p.getOpeningStep() >= stepCount && in.size() >= Partnership.MIN_PARTNERS
				&& in.stream().allMatch(m -> m.getTrust() == Trust.CONFIRMED && m.getTenetsAffirmedAt() != null);
		if (all) {
			p.becomes(PartnershipState.ACTIVE, clock.instant());
			p.revisit(null, clock.instant());
			events.publishEvent(new PartnershipActivated(p.getId()));
			notifyPartners(p, null, "Your partnership is active",
					"Every partner of \u201c" + p.getFocus() + "\u201d feels safe enough to be vulnerable: "
							+ "the partnership is active. Set your cadence and plan the first session.");
		}
		return all;
	}

	private void requirePeers(Collection<Long> group, String field) {
		if (people.anyConfirmedReportingLineAmong(group)) {
			throw new InvalidInputException(field, PEERS_ONLY);
		}
	}

	private long scriptVersionFor(Long scriptId) {
		OpeningScript script = scriptId == null
				? scripts.findFirstByCreatedByIsNullOrderByIdAsc().orElseThrow()
				: scripts.findById(scriptId)
						.orElseThrow(() -> new InvalidInputException("scriptId", "Choose one of the opening scripts"));
		return versions.findFirstByScriptIdOrderByNumberDesc(script.getId()).orElseThrow().getId();
	}

	/**
	 * News for the current partners, except the one who caused it; never what was
	 * said inside.
	 */
	void notifyPartners(Partnership p, Long except, String subject, String text) {
		notifications.sendAll(partners.activeIds(p.getId()).stream().filter(i -> !i.equals(except))
				.map(i -> new Notice(i, Topic.PARTNERSHIP, subject, text, "/partnerships/" + p.getId())).toList());
	}
}
