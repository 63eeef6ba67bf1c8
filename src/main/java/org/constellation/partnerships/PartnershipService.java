package org.constellation.partnerships;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.constellation.people.ReportingLineService;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forming a partnership and its life after the opening: proposing, inviting,
 * asking to join, accepting and declining, pausing, leaving and closing. Every
 * partner has the same powers; the person who proposed has none the others
 * lack. Access is decided by {@link PartnershipAccess}; the rules of seats and
 * states by the {@link Partnership} itself. This service loads it with its row
 * locked ({@link #lock}), asks other modules what it cannot know (reporting
 * lines, names), lets it decide, saves it (which publishes its events) and
 * sends the notices.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class PartnershipService {

	/**
	 * Said only to someone who is one of the two people a confirmed reporting line
	 * names: they know the line already.
	 */
	static final String PEERS_ONLY = "Partnerships are of peers: nobody who supervises another partner can be in the "
			+ "same partnership, and you and someone in this group share a confirmed reporting line";

	/**
	 * What a third party hears when a request cannot be welcomed because of a line
	 * between others: the same words as when the request was withdrawn a moment
	 * before, so a private line cannot be told from it.
	 */
	static final String ALREADY_ANSWERED = Partnership.ALREADY_ANSWERED;

	private final Partnerships partnerships;
	private final Partners partners;
	private final AddressInvitations addressInvitations;
	private final PartnershipAccess access;
	private final OpeningScripts scripts;
	private final OpeningScriptVersions versions;
	private final OpeningSteps steps;
	private final People people;
	private final ReportingLineService lines;
	private final Portfolio portfolio;
	private final CommunityAccess communityAccess;
	private final CommunityService communities;
	private final Notifications notifications;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Partnership.ReportingLines reportingLines;

	PartnershipService(Partnerships partnerships, Partners partners, AddressInvitations addressInvitations,
			PartnershipAccess access, OpeningScripts scripts, OpeningScriptVersions versions, OpeningSteps steps,
			People people, ReportingLineService lines, Portfolio portfolio, CommunityAccess communityAccess,
			CommunityService communities, Notifications notifications, PlatformTransactionManager transactions,
			Clock clock) {
		this.partnerships = partnerships;
		this.partners = partners;
		this.addressInvitations = addressInvitations;
		this.access = access;
		this.scripts = scripts;
		this.versions = versions;
		this.steps = steps;
		this.people = people;
		this.lines = lines;
		this.portfolio = portfolio;
		this.communityAccess = communityAccess;
		this.communities = communities;
		this.notifications = notifications;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.reportingLines = new Partnership.ReportingLines() {

			@Override
			public Set<Long> sharedWith(long newcomer, List<Long> partnersIn) {
				// the newcomer's row too: a reporting line confirmed for them at this
				// moment waits for this seat, or this seat for it
				lines.lockForPeerCheck(List.of(newcomer));
				return lines.confirmedLinePartners(newcomer, partnersIn);
			}

			@Override
			public boolean anyAmong(List<Long> partnersIn) {
				return lines.anyConfirmedReportingLineAmong(partnersIn);
			}
		};
	}

	public Partnership partnership(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}

	/**
	 * A partnership as other modules name it (its id, focus and state), or empty
	 * when there is none. Asks nothing of the reader: callers ask
	 * {@link PartnershipAccess} first.
	 */
	public Optional<PartnershipRef> ref(long id) {
		return partnerships.findById(id).map(p -> new PartnershipRef(p.getId(), p.getFocus(), p.getState()));
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
		List<PartnerView> pending = new ArrayList<>(all.stream().filter(Partner::isPending)
				.filter(m -> standing.isPartner() || m.getPractitionerId().equals(me.practitionerId()))
				.map(m -> standing.isPartner() && m.getStatus() == PartnerStatus.INVITED
						&& m.getInvitedAddress() != null
								? new PartnerView(m.getPractitionerId(), m.getInvitedAddress(), m.getStatus(), null,
										null, "")
								: view.apply(m))
				.toList());
		if (standing.isPartner()) {
			// an address with no account yet reads as any address typed on a form
			addressInvitations.waitingIn(id).forEach(
					address -> pending.add(new PartnerView(null, address, PartnerStatus.INVITED, null, null, "")));
		}
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
		return propose(me, draft, Map.of(), List.of());
	}

	/**
	 * A proposal whose invitees were typed as email addresses. Its answer is the
	 * same whether an address has an account or not: an address with one is invited
	 * as anyone is, and an address without is mailed an invitation to Constellation
	 * that becomes an ordinary one when they sign up with it.
	 */
	@Transactional
	public Partnership proposeToAddresses(AccountPrincipal me, PartnershipDraft draft, List<String> addresses) {
		Map<Long, String> known = new java.util.LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String address : normalized(addresses)) {
			requireAddress(address, "invitees");
			people.practitionerIdByEmail(address).filter(i -> !i.equals(me.practitionerId()))
					.ifPresentOrElse(i -> known.putIfAbsent(i, address), () -> {
						if (!address.equals(normalize(me.email()))) {
							unknown.add(address);
						}
					});
		}
		// an account that is not a practitioner (a sponsor alone) is answered as an
		// address without one: the mail goes, and nothing tells the account apart
		var practitioners = people.practitionersById(known.keySet()).keySet();
		known.entrySet().removeIf(e -> !practitioners.contains(e.getKey()) && unknown.add(e.getValue()));
		PartnershipDraft withIds = new PartnershipDraft(draft.focus(), draft.context(), draft.issueIds(),
				List.copyOf(known.keySet()), draft.communityId(), draft.openToRequests(), draft.scriptId());
		return propose(me, withIds, known, unknown);
	}

	private Partnership propose(AccountPrincipal me, PartnershipDraft draft, Map<Long, String> addressOf,
			List<String> unknownAddresses) {
		long proposer = people.requirePractitioner(me);
		List<Long> invitees = draft.invitees().stream().filter(i -> i != proposer).toList();
		int asked = invitees.size() + unknownAddresses.size();
		if (!Partnership.isEnough(1 + asked)) {
			throw new InvalidInputException("invitees", "Invite at least one other person: a partnership has "
					+ Partnership.MIN_PARTNERS + " to " + Partnership.MAX_PARTNERS);
		}
		if (asked > Partnership.freeSeats(1)) {
			throw new InvalidInputException("invitees", "Invite at most " + Partnership.freeSeats(1)
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
		requireNoLineWith(proposer, invitees, "invitees");
		long scriptVersion = scriptVersionFor(draft.scriptId());
		Instant now = clock.instant();
		Partnership p = partnerships
				.save(new Partnership(draft.focus(), draft.context(), new LinkedHashSet<>(draft.issueIds()),
						draft.communityId(), draft.openToRequests(), proposer, scriptVersion, now));
		partners.save(p.seatProposer(proposer, now));
		partners.saveAll(p.invite(proposer, invitees, addressOf, unknownAddresses, List.of(), now));
		invite(p, me, invitees);
		inviteAddresses(p, me, unknownAddresses);
		return p;
	}

	private static List<String> normalized(List<String> addresses) {
		return addresses == null
				? List.of()
				: addresses.stream().filter(a -> a != null && !a.isBlank()).map(PartnershipService::normalize)
						.distinct().toList();
	}

	/**
	 * Addresses with no account: each is kept, and mailed an invitation to
	 * Constellation that names the inviter and the focus, never the others.
	 */
	private void inviteAddresses(Partnership p, AccountPrincipal me, List<String> addresses) {
		if (addresses.isEmpty()) {
			return;
		}
		String name = people.displayNames(List.of(me.practitionerId())).getOrDefault(me.practitionerId(), "Someone");
		Instant now = clock.instant();
		for (String address : addresses) {
			addressInvitations.save(new AddressInvitation(p.getId(), address, me.practitionerId(), now));
			notifications.sendToAddress(address, name + " invites you to a learning partnership",
					name + " invites you to a learning partnership on Constellation: \u201c" + p.getFocus()
							+ "\u201d. Create your account with this address and you will find the invitation "
							+ "under Your partnerships, to accept or decline.",
					"/sign-up");
		}
	}

	/**
	 * Someone signed up with an address that was invited: each invitation still
	 * open becomes an ordinary one, where a seat is still free.
	 */
	@Transactional
	void welcomeNewcomer(long practitionerId, String email) {
		for (AddressInvitation waiting : addressInvitations.waitingFor(normalize(email))) {
			Partnership p = lock(waiting.getPartnershipId());
			waiting.answered(clock.instant());
			var invited = p.inviteNewcomer(practitionerId, waiting.getInvitedBy(), waiting.getEmail(), clock.instant());
			if (invited.isEmpty()) {
				settle(p);
				continue;
			}
			partners.save(invited.get());
			notifications.send(new Notice(practitionerId, Topic.PARTNERSHIP,
					"You are invited to a learning partnership", "You were invited to \u201c" + p.getFocus()
							+ "\u201d before you joined Constellation. " + "You can accept or decline on its page.",
					"/partnerships/" + p.getId()));
		}
	}

	private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern
			.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static void requireAddress(String address, String field) {
		if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
			throw new InvalidInputException(field, "Write each person's email address, like name@example.org"
					+ (address.isEmpty() ? "" : ": \u201c" + address + "\u201d is not one"));
		}
	}

	private static String normalize(String email) {
		return email == null ? "" : People.normalizedEmail(email);
	}

	/**
	 * A group proposed by a formation run becomes a partnership in which every
	 * member is invited and nobody is in yet. The person who sends it is recorded
	 * as its proposer and is not a partner: they cannot read it.
	 */
	@Transactional
	public PartnershipRef proposeFormed(AccountPrincipal sender, FormedProposal proposal) {
		List<Long> members = proposal.memberIds();
		if (!Partnership.isPossibleSize(members.size())) {
			throw new InvalidInputException("memberIds",
					"A partnership has " + Partnership.MIN_PARTNERS + " to " + Partnership.MAX_PARTNERS + " partners");
		}
		if (people.practitionersById(members).size() != members.size()) {
			throw new InvalidInputException("memberIds", "Choose people from the directory");
		}
		// lines among the members are decided as each accepts, and told only to the two
		// people a line names: the person who sends a formed group learns nothing of
		// them
		Instant now = clock.instant();
		Partnership p = partnerships
				.save(new Partnership(proposal.focus(), proposal.context(), new LinkedHashSet<>(proposal.issueIds()),
						proposal.communityId(), false, sender.practitionerId(), scriptVersionFor(null), now));
		partners.saveAll(p.invite(sender.practitionerId(), members, Map.of(), List.of(), List.of(), now));
		invite(p, sender, members);
		return new PartnershipRef(p.getId(), p.getFocus(), p.getState());
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
		List<Long> invitees = inviteeIds == null
				? List.of()
				: inviteeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		invite(me, id, invitees, Map.of(), List.of());
	}

	/**
	 * A partner invites someone by the address they typed. The answer is the same
	 * whether the address has an account or not (see {@link #proposeToAddresses}).
	 */
	@Transactional
	public void inviteByAddress(AccountPrincipal me, long id, String address) {
		String typed = normalize(address);
		requireAddress(typed, "email");
		var known = people.practitionerIdByEmail(typed)
				.filter(i -> people.practitionersById(List.of(i)).containsKey(i));
		if (known.isPresent()) {
			invite(me, id, List.of(known.get()), Map.of(known.get(), typed), List.of());
		} else {
			invite(me, id, List.of(), Map.of(), List.of(typed));
		}
	}

	private void invite(AccountPrincipal me, long id, List<Long> invitees, Map<Long, String> addressOf,
			List<String> unknownAddresses) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		if (invitees.isEmpty() && unknownAddresses.isEmpty()) {
			throw new InvalidInputException("invitees", "Choose at least one person to invite");
		}
		List<String> waiting = addressInvitations.waitingIn(id);
		p.requireRoomFor(invitees, unknownAddresses, waiting);
		if (people.practitionersById(invitees).size() != invitees.size()) {
			throw new InvalidInputException("invitees", "Choose people from the directory");
		}
		// the inviter is told of their own lines only; a line between an invitee and
		// another partner is decided when the invitee accepts, and told to those two
		requireNoLineWith(me.practitionerId(), invitees, "invitees");
		partners.saveAll(
				p.invite(me.practitionerId(), invitees, addressOf, unknownAddresses, waiting, clock.instant()));
		invite(p, me, invitees);
		inviteAddresses(p, me, unknownAddresses);
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
	 * An invitee accepts. The seat is decided in a transaction of its own, under
	 * the partnership's lock, so that whoever else accepts, is welcomed, steps out
	 * or confirms a reporting line at the same moment is decided before or after,
	 * never beside. Not inside a caller's transaction: a refusal that closes the
	 * invitation commits on its own before the person hears why.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PartnershipState accept(AccountPrincipal me, long id) {
		people.requirePractitioner(me);
		return seat(id, me.practitionerId(), null);
	}

	/** A partner welcomes someone who asked to join. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PartnershipState approveRequest(AccountPrincipal me, long id, long practitionerId) {
		return seat(id, practitionerId, me);
	}

	/** What deciding a seat came to: the state after it, or why it was refused. */
	private record Seated(PartnershipState state, RuntimeException refusal) {
	}

	private PartnershipState seat(long id, long practitionerId, AccountPrincipal welcomer) {
		Seated seated;
		try {
			seated = transaction.execute(status -> takeSeat(id, practitionerId, welcomer));
		} catch (DataIntegrityViolationException taken) {
			// the unique seat index is the database's last word on the size rule
			throw new ConflictException(null, Partnership.FULL);
		}
		if (seated.refusal() != null) {
			throw seated.refusal();
		}
		return seated.state();
	}

	private Seated takeSeat(long id, long practitionerId, AccountPrincipal welcomer) {
		Partnership p = lock(id);
		Partnership.Seating seating;
		if (welcomer == null) {
			seating = p.accept(practitionerId, reportingLines, clock.instant());
		} else {
			access.requireWrite(welcomer, id);
			seating = p.welcome(practitionerId, reportingLines, clock.instant());
		}
		if (seating.isRefused()) {
			return refusePeers(p, seating.newcomer(), seating.lines(), welcomer);
		}
		partners.saveAndFlush(seating.newcomer());
		String name = people.displayNames(List.of(practitionerId)).getOrDefault(practitionerId, "Someone");
		notifyPartners(p, practitionerId, name + " joined your partnership",
				name + " is now a partner in \u201c" + p.getFocus() + "\u201d.");
		return new Seated(settle(p), null);
	}

	/**
	 * The newcomer shares a confirmed line with someone already in, and the
	 * partnership closed their invitation or request as a "no" would, so it moves
	 * on; the two people the line names are told, and the others see a plain no.
	 */
	private Seated refusePeers(Partnership p, Partner newcomer, Set<Long> lines, AccountPrincipal welcomer) {
		partners.flush();
		long them = newcomer.getPractitionerId();
		Map<Long, String> names = people
				.displayNames(Stream.concat(Stream.of(them), lines.stream()).collect(Collectors.toSet()));
		String where = "\u201c" + p.getFocus() + "\u201d";
		List<Notice> told = new ArrayList<>();
		if (welcomer != null) {
			told.add(new Notice(them, Topic.PARTNERSHIP, "Your request to join a partnership is closed",
					"Your request to join " + where + " is closed: you and someone in it share a confirmed "
							+ "reporting line, and a partnership is of peers.",
					"/partnerships"));
		}
		for (Long other : lines) {
			if (welcomer == null || !other.equals(welcomer.practitionerId())) {
				told.add(new Notice(other, Topic.PARTNERSHIP, names.getOrDefault(them, "Someone") + " could not join",
						names.getOrDefault(them, "Someone") + " could not join " + where
								+ ": you two share a confirmed reporting line, and a partnership is of peers.",
						"/partnerships/" + p.getId()));
			}
		}
		notifications.sendAll(told);
		PartnershipState state = settle(p);
		if (welcomer == null) {
			return new Seated(state, new ConflictException(null, PEERS_ONLY + ". Your invitation is closed."));
		}
		if (lines.contains(welcomer.practitionerId())) {
			return new Seated(state,
					new ConflictException(null,
							"You and " + names.getOrDefault(them, "they") + " share a confirmed reporting line, and a "
									+ "partnership is of peers: they cannot join, and their request is closed."));
		}
		return new Seated(state, new ConflictException(null, ALREADY_ANSWERED));
	}

	/** An invitee declines, or a person withdraws their request. */
	@Transactional
	public PartnershipState decline(AccountPrincipal me, long id) {
		Partnership p = lock(id);
		p.decline(me.practitionerId(), clock.instant());
		partners.flush();
		return settle(p);
	}

	/** A partner turns down someone's request to join. */
	@Transactional
	public void declineRequest(AccountPrincipal me, long id, long practitionerId) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.turnDown(practitionerId, clock.instant());
	}

	@Transactional
	public void requestToJoin(AccountPrincipal me, long id, String message) {
		people.requirePractitioner(me);
		Partnership p = lock(id);
		// a line with someone inside is not told here: the asker would learn who is
		// in; it is decided when a partner welcomes them, and told to the two it names
		partners.save(p.askToJoin(me.practitionerId(), message, clock.instant()));
		String name = people.displayNames(List.of(me.practitionerId())).getOrDefault(me.practitionerId(), "Someone");
		notifyPartners(p, me.practitionerId(), name + " asks to join your partnership",
				name + " asks to join \u201c" + p.getFocus() + "\u201d. Any partner can welcome them or say no.");
	}

	@Transactional
	public void setOpenToRequests(AccountPrincipal me, long id, boolean open) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.openToRequests(open, clock.instant());
	}

	/**
	 * Starts the opening with those who have accepted, without waiting for the
	 * rest.
	 */
	@Transactional
	public void beginOpening(AccountPrincipal me, long id) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.beginOpening(clock.instant());
		notifyOpening(p);
	}

	// Life

	@Transactional
	public PartnershipState leave(AccountPrincipal me, long id) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.stepOut(me.practitionerId(), clock.instant());
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
		// locked in id order, so two deletions sharing partnerships never wait on each
		// other in a circle
		for (long id : partners.partnershipIdsOf(practitionerId)) {
			Partnership p = lock(id);
			var was = p.forget(practitionerId, clock.instant());
			if (was.isEmpty()) {
				continue;
			}
			partners.flush();
			if (was.get() == PartnerStatus.ACTIVE) {
				notifyPartners(p, practitionerId, "A partner stepped out of your partnership",
						"A partner stepped out of \u201c" + p.getFocus() + "\u201d: they deleted their account, "
								+ "and what they wrote here was removed with it.");
			}
			settle(p);
		}
		partners.flush();
	}

	@Transactional
	public void pause(AccountPrincipal me, long id) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.pause(clock.instant());
		publishEventsOf(p);
	}

	@Transactional
	public void resume(AccountPrincipal me, long id) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.resume(reportingLines, clock.instant());
		publishEventsOf(p);
	}

	/** The closing round: what each partner takes away. */
	@Transactional
	public void writeTakeaway(AccountPrincipal me, long id, String takeaway) {
		lock(id);
		if (!mayWriteTakeaway(me, id)) {
			access.requireWrite(me, id);
		}
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

	/**
	 * A partner writes what they take away while the partnership is open, and once
	 * more after it closed without them: fewer than two remained, and the closing
	 * round is still theirs.
	 */
	public boolean mayWriteTakeaway(AccountPrincipal me, long id) {
		PartnerStanding standing = access.requirePartner(me, id);
		if (standing.canWrite()) {
			return true;
		}
		return partnership(id).getOpenedAt() != null
				&& partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId())
						.map(m -> m.getTakeaway() == null).orElse(false);
	}

	/** This partner's own closing take-away, if written. */
	String takeawayOf(long id, long practitionerId) {
		return partners.findByPartnershipIdAndPractitionerId(id, practitionerId).map(Partner::getTakeaway).orElse(null);
	}

	/** Closes once every partner has written what they take away. */
	@Transactional
	public void close(AccountPrincipal me, long id) {
		Partnership p = lock(id);
		access.requireWrite(me, id);
		p.close(clock.instant());
		publishEventsOf(p);
		notifyPartners(p, me.practitionerId(), "Your partnership has closed", "\u201c" + p.getFocus()
				+ "\u201d is closed. Its partners can still read it and download what they wrote.");
	}

	// Rules shared by the steps above

	/**
	 * Moves the partnership on after someone joins, declines or leaves (see
	 * {@link Partnership#settle}), publishes what it registered and tells its
	 * partners.
	 */
	PartnershipState settle(Partnership p) {
		switch (p.settle(addressInvitations.countWaitingIn(p.getId()), clock.instant())) {
			case OPENED -> notifyOpening(p);
			case STILL_OPENING -> activateIfAllTrust(p);
			case DID_NOT_FORM -> notifyPartners(p, null, "Your partnership did not form", "The others invited to \u201c"
					+ p.getFocus() + "\u201d declined. You are free to be offered a partnership again.");
			case CLOSED -> {
				publishEventsOf(p);
				notifyPartners(p, null, "Your partnership has closed",
						"Fewer than two partners remain in \u201c" + p.getFocus() + "\u201d, so it has closed. "
								+ "You can still read it and write what you take away from it.");
			}
			case UNCHANGED, DISSOLVED -> {
			}
		}
		return p.getState();
	}

	/**
	 * Saving the partnership publishes the events it registered, inside this
	 * transaction, so listeners that run before or after its commit hear them.
	 */
	private void publishEventsOf(Partnership p) {
		partnerships.save(p);
	}

	private void notifyOpening(Partnership p) {
		notifyPartners(p, null, "Your partnership begins its opening",
				"\u201c" + p.getFocus() + "\u201d has its partners: the opening begins. Take the first step together.");
	}

	/**
	 * Active once every partner said "I can be vulnerable here" and affirmed the
	 * tenets (see {@link Partnership#activateIfAllTrust}).
	 */
	boolean activateIfAllTrust(Partnership p) {
		int stepCount = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId()).size();
		boolean all = p.activateIfAllTrust(stepCount, clock.instant());
		if (all) {
			publishEventsOf(p);
			notifyPartners(p, null, "Your partnership is active",
					"Every partner of \u201c" + p.getFocus() + "\u201d feels safe enough to be vulnerable: "
							+ "the partnership is active. Set your cadence and plan the first session.");
		}
		return all;
	}

	/**
	 * Refuses a proposal or invitation from someone who shares a confirmed line
	 * with a person they ask: they know the line, being part of it. Lines between
	 * the others are not theirs to learn.
	 */
	private void requireNoLineWith(long asker, Collection<Long> asked, String field) {
		if (!lines.confirmedLinePartners(asker, asked).isEmpty()) {
			throw new InvalidInputException(field, PEERS_ONLY);
		}
	}

	/**
	 * Locks the partnership's row for the rest of the transaction. Every change of
	 * who is in and of the state goes through here first, so seats, the peers rule,
	 * stepping out and closing are each decided one at a time per partnership, on
	 * any node.
	 */
	Partnership lock(long id) {
		return partnerships.lockById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
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
