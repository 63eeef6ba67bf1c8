package org.constellation.partnerships;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.modulith.NamedInterface;

/**
 * A learning partnership, which guards its own life: who takes a seat, who
 * steps out, and when it opens, becomes active, pauses, resumes and closes.
 * Each of these is a method here that refuses what the rules do not allow and
 * registers the events the change publishes once the partnership is saved.
 * <p>
 * The rules hold under concurrent requests because every caller loads the
 * partnership with its row locked ({@link Partnerships#lockById}) before asking
 * it anything; what needs another module (whether two people share a reporting
 * line, the notices partners get) is the caller's part. It has no owner:
 * {@code proposedBy} is a record of who started it and grants nothing.
 */
@Entity
@Table(name = "partnerships")
@NamedInterface(name = "entities", propagate = false)
public class Partnership extends AbstractAggregateRoot<Partnership> {

	/**
	 * Never more than seven partners: a hard rule of the practice. The database
	 * mirrors it as its last word under any concurrency: a partner who is in holds
	 * a seat from 1 to this number, unique in the partnership
	 * ({@code ck_partners_seat} and {@code uq_partners_seat}).
	 */
	public static final int MAX_PARTNERS = 7;

	/** A partnership needs two to begin, and closes when fewer than two remain. */
	public static final int MIN_PARTNERS = 2;

	static final String FULL = "This partnership has " + MAX_PARTNERS
			+ " partners already, the most a partnership can have";

	/**
	 * What a third party hears when a request can no longer be welcomed, whatever
	 * closed it (withdrawn, turned down, or a rule between others): one answer, so
	 * none can be told from the others.
	 */
	static final String ALREADY_ANSWERED = "This invitation or request was already answered";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String focus;

	private String context = "";

	@Enumerated(EnumType.STRING)
	private PartnershipState state = PartnershipState.FORMING;

	private boolean openToRequests;

	private Long communityId;

	private Long proposedBy;

	private Long scriptVersionId;

	/** How many opening steps are done; the next to work on is this index. */
	private int openingStep;

	/**
	 * A step (0-based) partners asked to go back to, shown to all without naming
	 * who.
	 */
	private Integer revisitStep;

	@ElementCollection
	@CollectionTable(name = "partnership_issues", joinColumns = @JoinColumn(name = "partnership_id"))
	@Column(name = "issue_id")
	private Set<Long> issueIds = new LinkedHashSet<>();

	/**
	 * Everyone's place here: in, invited, asking, declined or gone. Read once the
	 * row is locked and changed only through this partnership; each place is its
	 * own row, written through {@link Partners}, so the key is not written from
	 * here and a new place does not change this row's version.
	 */
	@OneToMany
	@JoinColumn(name = "partnership_id", insertable = false, updatable = false)
	@OrderBy("id")
	@OptimisticLock(excluded = true)
	private List<Partner> partners = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	private Instant openedAt;

	private Instant activatedAt;

	private Instant closedAt;

	@Version
	private long version;

	protected Partnership() {
	}

	Partnership(String focus, String context, Set<Long> issueIds, Long communityId, boolean openToRequests,
			long proposedBy, long scriptVersionId, Instant now) {
		this.focus = focus.strip();
		this.context = context == null ? "" : context.strip();
		this.issueIds = new LinkedHashSet<>(issueIds);
		this.communityId = communityId;
		this.openToRequests = openToRequests;
		this.proposedBy = proposedBy;
		this.scriptVersionId = scriptVersionId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	// The size rule: the only place the numbers are compared

	/** Whether this many people can make a partnership: two to seven. */
	static boolean isPossibleSize(int people) {
		return isEnough(people) && people <= MAX_PARTNERS;
	}

	/** Whether this many partners are enough for a partnership to go on. */
	static boolean isEnough(long partnersIn) {
		return partnersIn >= MIN_PARTNERS;
	}

	/**
	 * The seats left when this many are taken (held, or waiting for someone
	 * invited).
	 */
	static int freeSeats(long taken) {
		return (int) Math.max(0, MAX_PARTNERS - taken);
	}

	/** Seats are numbered from 1 to {@link #MAX_PARTNERS}. */
	static boolean isSeat(int seat) {
		return seat >= 1 && seat <= MAX_PARTNERS;
	}

	// Who is in

	/** The practitioners who are in, in seat order. */
	List<Long> partnerIds() {
		return in().map(Partner::getPractitionerId).toList();
	}

	private Stream<Partner> in() {
		return partners.stream().filter(Partner::isActive).sorted(Comparator.comparing(Partner::getSeat));
	}

	/** This person's place here, whatever it is now. */
	Optional<Partner> placeOf(long practitionerId) {
		return partners.stream().filter(m -> m.getPractitionerId() == practitionerId).findFirst();
	}

	/** Who holds a seat or is invited to take one (an address aside). */
	private Set<Long> inOrInvited() {
		return partners.stream().filter(m -> m.isActive() || m.getStatus() == PartnerStatus.INVITED)
				.map(Partner::getPractitionerId).collect(Collectors.toSet());
	}

	private int firstFreeSeat() {
		Set<Integer> taken = in().map(Partner::getSeat).collect(Collectors.toSet());
		int seat = 1;
		while (taken.contains(seat)) {
			seat++;
		}
		return seat;
	}

	// Forming

	/** The one who proposes a new partnership holds its first seat. */
	Partner seatProposer(long practitionerId, Instant now) {
		if (!partners.isEmpty()) {
			throw new IllegalStateException("Partnership " + id + " was proposed already");
		}
		Partner proposer = Partner.proposer(id, practitionerId, now);
		partners.add(proposer);
		return proposer;
	}

	/**
	 * Refuses invitations the seats do not allow: someone already in or invited, or
	 * more people than there are free seats. An address with no account that is
	 * still waiting takes a seat as anyone invited does.
	 */
	void requireRoomFor(Collection<Long> invitees, Collection<String> addresses, Collection<String> waitingAddresses) {
		Set<Long> taken = inOrInvited();
		if (invitees.stream().anyMatch(taken::contains) || addresses.stream().anyMatch(waitingAddresses::contains)) {
			throw new ConflictException("invitees", "Someone you chose is already a partner or invited");
		}
		int free = freeSeats(taken.size() + waitingAddresses.size());
		if (invitees.size() + addresses.size() > free) {
			throw new InvalidInputException("invitees",
					"There is room for " + free + " more: a partnership has " + MAX_PARTNERS + " partners at most");
		}
	}

	/**
	 * Invites people, each with the address that was typed for them if one was,
	 * within the free seats ({@link #requireRoomFor}); {@code addresses} with no
	 * account count against the seats too, and are kept by the caller. Someone who
	 * declined, left or asked before is invited again in the same place. Returns
	 * the places to save.
	 */
	List<Partner> invite(long inviter, List<Long> invitees, Map<Long, String> addressOf, List<String> addresses,
			List<String> waitingAddresses, Instant now) {
		requireOpen();
		requireRoomFor(invitees, addresses, waitingAddresses);
		List<Partner> places = new ArrayList<>();
		for (Long invitee : invitees) {
			String address = addressOf.get(invitee);
			Partner place = placeOf(invitee).orElse(null);
			if (place == null) {
				place = address == null
						? Partner.invitee(id, invitee, inviter, "", now)
						: Partner.inviteeByAddress(id, invitee, inviter, address, now);
				partners.add(place);
			} else {
				place.reinvite(inviter, address, now);
			}
			places.add(place);
		}
		return places;
	}

	/**
	 * Someone who signed up with an address invited here becomes an ordinary
	 * invitee, if the partnership is not closed, they have no place in it yet and a
	 * seat is still free; otherwise the invitation lapses.
	 */
	Optional<Partner> inviteNewcomer(long practitionerId, long invitedBy, String address, Instant now) {
		if (!state.isOpen() || placeOf(practitionerId).isPresent() || freeSeats(inOrInvited().size()) == 0) {
			return Optional.empty();
		}
		Partner invitee = Partner.inviteeByAddress(id, practitionerId, invitedBy, address, now);
		partners.add(invitee);
		return Optional.of(invitee);
	}

	/**
	 * Someone asks to join a partnership that welcomes requests. A request takes no
	 * seat until a partner welcomes it, but none is taken when every seat is held.
	 * Returns the place to save.
	 */
	Partner askToJoin(long practitionerId, String message, Instant now) {
		Partner place = placeOf(practitionerId).orElse(null);
		if (place != null && place.isActive()) {
			throw new ConflictException(null, "You are already a partner in this partnership");
		}
		if (place != null && place.isPending()) {
			throw new ConflictException(null, "You have already been invited or asked to join");
		}
		if (!openToRequests || !state.isOpen()) {
			throw new NotFoundException("Partnership " + id);
		}
		if (message != null && message.strip().length() > 1000) {
			throw new InvalidInputException("message", "Keep your note under 1,000 characters");
		}
		if (freeSeats(partnerIds().size()) == 0) {
			throw new ConflictException(null, FULL);
		}
		if (place != null) {
			place.askAgain(message, now);
			return place;
		}
		Partner asking = Partner.requester(id, practitionerId, message, now);
		partners.add(asking);
		return asking;
	}

	// Seats

	/**
	 * What the partnership needs to know of reporting lines to keep its partners
	 * peers. It knows who is in; who supervises whom is known elsewhere.
	 */
	interface ReportingLines {

		/**
		 * The partners among {@code partnersIn} who share a confirmed reporting line
		 * with the newcomer, decided so that a line confirmed at this moment waits for
		 * the seat, or the seat for it.
		 */
		Set<Long> sharedWith(long newcomer, List<Long> partnersIn);

		/** Whether any two of these share a confirmed reporting line. */
		boolean anyAmong(List<Long> partnersIn);
	}

	/**
	 * What taking a seat came to: seated, or refused because the newcomer shares a
	 * confirmed reporting line with {@code lines}, in which case their invitation
	 * or request is closed as a "no" would close it.
	 */
	record Seating(Partner newcomer, Set<Long> lines) {

		boolean isRefused() {
			return !lines.isEmpty();
		}
	}

	/** An invitee accepts: they take the first free seat, if the rules allow it. */
	Seating accept(long practitionerId, ReportingLines lines, Instant now) {
		Partner invitee = placeOf(practitionerId).orElse(null);
		if (invitee != null && invitee.isActive()) {
			throw new ConflictException(null, "You are already a partner in this partnership");
		}
		if (invitee == null || invitee.getStatus() != PartnerStatus.INVITED) {
			throw new NotFoundException("Invitation to partnership " + id);
		}
		return seat(invitee, lines, now);
	}

	/**
	 * A partner welcomes someone who asked to join: they take the first free seat,
	 * if the rules allow it.
	 */
	Seating welcome(long practitionerId, ReportingLines lines, Instant now) {
		Partner asking = placeOf(practitionerId).orElse(null);
		if (asking != null && asking.isActive()) {
			throw new ConflictException(null, "They are already a partner in this partnership");
		}
		if (asking != null && asking.getStatus() == PartnerStatus.DECLINED) {
			// withdrawn, turned down or closed by a rule: one answer for all three
			throw new ConflictException(null, ALREADY_ANSWERED);
		}
		if (asking == null || asking.getStatus() != PartnerStatus.REQUESTED) {
			throw new NotFoundException("Request to join partnership " + id);
		}
		return seat(asking, lines, now);
	}

	/**
	 * Seats are taken while the partnership is not closed, never beyond the
	 * seventh, and never beside someone the newcomer shares a confirmed reporting
	 * line with: partnerships are of peers.
	 */
	private Seating seat(Partner newcomer, ReportingLines lines, Instant now) {
		requireOpen();
		List<Long> in = partnerIds();
		if (freeSeats(in.size()) == 0) {
			throw new ConflictException(null, FULL);
		}
		Set<Long> shared = lines.sharedWith(newcomer.getPractitionerId(), in);
		if (!shared.isEmpty()) {
			newcomer.decline(now);
			return new Seating(newcomer, Set.copyOf(shared));
		}
		newcomer.takeSeat(firstFreeSeat(), now);
		return new Seating(newcomer, Set.of());
	}

	/** An invitee declines, or someone asking withdraws their request. */
	void decline(long practitionerId, Instant now) {
		placeOf(practitionerId).filter(Partner::isPending)
				.orElseThrow(() -> new NotFoundException("Invitation to partnership " + id)).decline(now);
	}

	/** A partner turns down someone's request to join. */
	void turnDown(long practitionerId, Instant now) {
		requireOpen();
		placeOf(practitionerId).filter(m -> m.getStatus() == PartnerStatus.REQUESTED)
				.orElseThrow(() -> new NotFoundException("Request to join partnership " + id)).decline(now);
	}

	/**
	 * A partner steps out and gives their seat back; what follows for the others is
	 * decided by {@link #settle}.
	 */
	void stepOut(long practitionerId, Instant now) {
		Partner partner = placeOf(practitionerId).filter(Partner::isActive)
				.orElseThrow(() -> new NotFoundException("Partnership " + id));
		requireOpen();
		partner.leave(now);
	}

	/**
	 * Someone who deleted their account: a partner steps out and an invitation or
	 * request is withdrawn, closed partnerships included. Returns what they were
	 * here before (nothing when they had already gone or declined).
	 */
	Optional<PartnerStatus> forget(long practitionerId, Instant now) {
		Partner place = placeOf(practitionerId).filter(m -> m.isActive() || m.isPending()).orElse(null);
		if (place == null) {
			return Optional.empty();
		}
		PartnerStatus was = place.getStatus();
		if (place.isActive()) {
			place.leave(now);
		} else {
			place.decline(now);
		}
		return Optional.of(was);
	}

	// Life

	/** What settling the partnership came to, for the notices its partners get. */
	enum Settled {
		/** Nothing changed. */
		UNCHANGED,
		/** Nobody is left to answer and two or more are in: the opening begins. */
		OPENED,
		/** Still in its opening with two or more in: trust decides what follows. */
		STILL_OPENING,
		/** Nobody accepted: closed, with nobody to tell. */
		DISSOLVED,
		/** A proposal everyone else declined: the one who accepted is free again. */
		DID_NOT_FORM,
		/** Fewer than two remain: closed. */
		CLOSED
	}

	/**
	 * Moves the partnership on after someone joins, declines or leaves: the opening
	 * starts once nobody is still invited and two or more are in; fewer than two
	 * close a partnership that had begun. An invitation to an address with no
	 * account is waited for as any other ({@code waitingAddresses}): the partners
	 * cannot tell from the partnership's progress who has an account.
	 */
	Settled settle(long waitingAddresses, Instant now) {
		List<Long> in = partnerIds();
		long invited = partners.stream().filter(m -> m.getStatus() == PartnerStatus.INVITED).count() + waitingAddresses;
		switch (state) {
			case FORMING -> {
				if (invited > 0) {
					return Settled.UNCHANGED;
				}
				if (isEnough(in.size())) {
					becomes(PartnershipState.OPENING, now);
					return Settled.OPENED;
				}
				if (in.isEmpty()) {
					becomes(PartnershipState.CLOSED, now);
					return Settled.DISSOLVED;
				}
				if (!in.contains(proposedBy)) {
					// A proposal from a formation run that everyone else declined: the
					// one who accepted is left alone, and free to be offered again.
					becomes(PartnershipState.CLOSED, now);
					return Settled.DID_NOT_FORM;
				}
				return Settled.UNCHANGED;
			}
			case OPENING, ACTIVE, PAUSED -> {
				if (!isEnough(in.size())) {
					becomes(PartnershipState.CLOSED, now);
					registerEvent(new PartnershipStateChanged(id, PartnershipState.CLOSED));
					return Settled.CLOSED;
				}
				return state == PartnershipState.OPENING ? Settled.STILL_OPENING : Settled.UNCHANGED;
			}
			default -> {
				return Settled.UNCHANGED;
			}
		}
	}

	/**
	 * Partners begin the opening with those who have accepted, without waiting for
	 * the rest.
	 */
	void beginOpening(Instant now) {
		if (state != PartnershipState.FORMING) {
			throw new ConflictException(null, "The opening has already begun");
		}
		if (!isEnough(partnerIds().size())) {
			throw new ConflictException(null, "A partnership needs at least two partners who accepted");
		}
		becomes(PartnershipState.OPENING, now);
	}

	/**
	 * Active once every step of the opening is done and every partner said "I can
	 * be vulnerable here" and affirmed the tenets. Whether it became active.
	 */
	boolean activateIfAllTrust(int openingSteps, Instant now) {
		if (state != PartnershipState.OPENING) {
			return false;
		}
		List<Partner> in = in().toList();
		boolean all = openingStep >= openingSteps && isEnough(in.size())
				&& in.stream().allMatch(m -> m.getTrust() == Trust.CONFIRMED && m.getTenetsAffirmedAt() != null);
		if (all) {
			becomes(PartnershipState.ACTIVE, now);
			revisit(null, now);
			registerEvent(new PartnershipActivated(id));
		}
		return all;
	}

	void pause(Instant now) {
		if (state != PartnershipState.ACTIVE) {
			throw new ConflictException(null, "Only an active partnership can be paused");
		}
		becomes(PartnershipState.PAUSED, now);
		registerEvent(new PartnershipStateChanged(id, PartnershipState.PAUSED));
	}

	void resume(ReportingLines lines, Instant now) {
		if (state != PartnershipState.PAUSED) {
			throw new ConflictException(null, "Only a paused partnership can be resumed");
		}
		// every way in keeps the peers rule and a line is not confirmed between
		// partners; a line on record from before that rule still stops a resume
		List<Long> in = partnerIds();
		if (!isEnough(in.size()) || lines.anyAmong(in)) {
			throw new ConflictException(null, "This partnership cannot resume as it is: write to "
					+ "constellation's stewards if you do not know why");
		}
		becomes(PartnershipState.ACTIVE, now);
		registerEvent(new PartnershipStateChanged(id, PartnershipState.ACTIVE));
	}

	/** Closes once every partner has written what they take away. */
	void close(Instant now) {
		requireOpen();
		long waiting = in().filter(m -> m.getTakeaway() == null).count();
		if (waiting > 0) {
			throw new ConflictException(null, "The closing round is not over: " + waiting
					+ (waiting == 1 ? " partner has" : " partners have") + " not written what they take away yet");
		}
		becomes(PartnershipState.CLOSED, now);
		registerEvent(new PartnershipStateChanged(id, PartnershipState.CLOSED));
	}

	/** Refuses any change once closed: what was said stays as it was. */
	void requireOpen() {
		if (state == PartnershipState.CLOSED) {
			throw new ConflictException(null,
					"This partnership is closed: its partners can read it, nobody can change it");
		}
	}

	/**
	 * The bare move to another state, refused only once closed; when a move is
	 * allowed is decided by the transitions above.
	 */
	void becomes(PartnershipState next, Instant now) {
		requireOpen();
		switch (next) {
			case OPENING -> openedAt = now;
			case ACTIVE -> {
				if (activatedAt == null) {
					activatedAt = now;
				}
			}
			case CLOSED -> closedAt = now;
			default -> {
			}
		}
		this.state = next;
		this.updatedAt = now;
	}

	void completeStep(int stepCount, Instant now) {
		if (openingStep < stepCount) {
			openingStep++;
		}
		updatedAt = now;
	}

	void revisit(Integer step, Instant now) {
		this.revisitStep = step;
		this.updatedAt = now;
	}

	void openToRequests(boolean open, Instant now) {
		requireOpen();
		this.openToRequests = open;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/**
	 * The events registered since the partnership was last saved; visible to this
	 * package so its tests can read them.
	 */
	@Override
	@DomainEvents
	protected Collection<Object> domainEvents() {
		return super.domainEvents();
	}

	public Long getId() {
		return id;
	}

	public String getFocus() {
		return focus;
	}

	public String getContext() {
		return context;
	}

	public PartnershipState getState() {
		return state;
	}

	public boolean isOpenToRequests() {
		return openToRequests;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Long getProposedBy() {
		return proposedBy;
	}

	public Long getScriptVersionId() {
		return scriptVersionId;
	}

	public int getOpeningStep() {
		return openingStep;
	}

	public Integer getRevisitStep() {
		return revisitStep;
	}

	public Set<Long> getIssueIds() {
		return issueIds;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getActivatedAt() {
		return activatedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public long getVersion() {
		return version;
	}
}
