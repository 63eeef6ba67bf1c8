package org.constellation.journeys;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's journal and bewilderments. Everything is read and changed by its
 * author alone: anyone else, stewards included, is told it does not exist. An
 * entry shared into a partnership is read there by its current partners, as
 * {@link PartnershipAccess} says each time it is read.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class JournalService {

	private final JournalEntries entries;
	private final JournalShares shares;
	private final Bewilderments bewilderments;
	private final Revisits revisits;
	private final PartnershipAccess partnerships;
	private final People people;
	private final Clock clock;

	JournalService(JournalEntries entries, JournalShares shares, Bewilderments bewilderments, Revisits revisits,
			PartnershipAccess partnerships, People people, Clock clock) {
		this.entries = entries;
		this.shares = shares;
		this.bewilderments = bewilderments;
		this.revisits = revisits;
		this.partnerships = partnerships;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The caller's own practitioner id as an author of a journey; 404 for anyone
	 * who has no journey.
	 */
	public static long author(AccountPrincipal viewer) {
		// a sponsor takes no part as a practitioner, hence has no journey (even when
		// the account has a practitioner row, as the demo sponsor's has)
		if (viewer == null || viewer.practitionerId() == null
				|| !(viewer.has(Role.MEMBER) || viewer.has(Role.STEWARD))) {
			throw new NotFoundException("Your journey");
		}
		return viewer.practitionerId();
	}

	// The journal

	public Page<JournalEntry> entries(AccountPrincipal viewer, Pageable pageable) {
		return entries.ofAuthor(author(viewer), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

	public JournalEntry entry(AccountPrincipal viewer, long id) {
		long me = author(viewer);
		return entries.findById(id).filter(e -> e.isWrittenBy(me))
				.orElseThrow(() -> new NotFoundException("Journal entry " + id));
	}

	@Transactional
	public JournalEntry write(AccountPrincipal viewer, EntryDraft draft) {
		long me = author(viewer);
		Instant now = clock.instant();
		JournalEntry entry = new JournalEntry(me, JourneyRules.notLater(draft.writtenAt(), now, "writtenAt"));
		apply(entry, draft, now);
		return entries.saveAndFlush(entry);
	}

	@Transactional
	public JournalEntry change(AccountPrincipal viewer, long id, EntryDraft draft) {
		JournalEntry entry = entry(viewer, id);
		requireVersion(entry.getVersion(), draft.version(), JournalEntry.class, id);
		apply(entry, draft, clock.instant());
		return entries.saveAndFlush(entry);
	}

	private static void apply(JournalEntry entry, EntryDraft draft, Instant now) {
		entry.write(
				JourneyRules.required(draft.title(), 200, "title", "Give the entry a title",
						"A title has 200 characters at most"),
				JourneyRules.optional(draft.body(), 20000, "body", "An entry has 20,000 characters at most"), now);
	}

	/** Deleting an entry takes it out of every partnership it was shared into. */
	@Transactional
	public void delete(AccountPrincipal viewer, long id, Long version) {
		JournalEntry entry = entry(viewer, id);
		requireVersion(entry.getVersion(), version, JournalEntry.class, id);
		shares.deleteAll(shares.findByEntryId(id));
		entries.delete(entry);
		entries.flush();
	}

	private static void requireVersion(long current, Long expected, Class<?> type, long id) {
		if (expected != null && expected != current) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	// Sharing

	/** The partnerships this entry is shared into, as its author sees them. */
	public List<PartnershipRef> sharedInto(AccountPrincipal viewer, long id) {
		entry(viewer, id);
		Map<Long, PartnershipRef> mine = new HashMap<>();
		partnerships.partnershipsOf(author(viewer)).forEach(p -> mine.put(p.id(), p));
		return shares.findByEntryId(id).stream().map(s -> mine.get(s.getPartnershipId()))
				.filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The partnerships the author could share into now: those they are in and that
	 * are not closed.
	 */
	public List<PartnershipRef> shareable(AccountPrincipal viewer) {
		return partnerships.partnershipsOf(author(viewer)).stream().filter(p -> p.state().isOpen()).toList();
	}

	/** Sharing twice is one share. Only into a partnership the author is in now. */
	@Transactional
	public void share(AccountPrincipal viewer, long id, Long partnershipId) {
		JournalEntry entry = entry(viewer, id);
		if (partnershipId == null) {
			throw new org.constellation.shared.InvalidInputException("partnershipId",
					"Choose a partnership you are in");
		}
		partnerships.requireWrite(viewer, partnershipId);
		if (!shares.existsByEntryIdAndPartnershipId(entry.getId(), partnershipId)) {
			shares.saveAndFlush(new JournalShare(entry.getId(), partnershipId, clock.instant()));
		}
	}

	/** The author takes an entry back at any time, even after leaving. */
	@Transactional
	public void unshare(AccountPrincipal viewer, long id, long partnershipId) {
		entry(viewer, id);
		shares.findByEntryIdAndPartnershipId(id, partnershipId).ifPresent(shares::delete);
	}

	/**
	 * The entries shared into a partnership, newest share first, for its current
	 * partners only: three queries whatever the number.
	 */
	public Page<SharedEntry> sharedIn(AccountPrincipal viewer, long partnershipId, Pageable pageable) {
		partnerships.requirePartner(viewer, partnershipId);
		PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		List<Object[]> rows = entries.sharedIn(partnershipId, page);
		if (rows.isEmpty()) {
			return new PageImpl<>(List.of(), page,
					page.getPageNumber() == 0 ? 0 : entries.countSharedIn(partnershipId));
		}
		Map<Long, String> names = people
				.displayNames(rows.stream().map(r -> ((JournalEntry) r[0]).getPractitionerId()).distinct().toList());
		List<SharedEntry> shared = rows.stream().map(r -> {
			JournalEntry e = (JournalEntry) r[0];
			return new SharedEntry(e.getId(), e.getTitle(), e.getBodyHtml(), e.getPractitionerId(),
					names.getOrDefault(e.getPractitionerId(), ""), e.getWrittenAt(), (Instant) r[1]);
		}).toList();
		long total = rows.size() < page.getPageSize() && page.getPageNumber() == 0
				? rows.size()
				: entries.countSharedIn(partnershipId);
		return new PageImpl<>(shared, page, total);
	}

	// Bewilderments

	public Page<BewildermentSummary> bewilderments(AccountPrincipal viewer, Pageable pageable) {
		Page<Bewilderment> page = bewilderments.ofPerson(author(viewer),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		if (page.isEmpty()) {
			return page.map(b -> new BewildermentSummary(b, 0));
		}
		Map<Long, Long> counts = new HashMap<>();
		revisits.counts(page.getContent().stream().map(Bewilderment::getId).toList())
				.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
		return page.map(b -> new BewildermentSummary(b, counts.getOrDefault(b.getId(), 0L)));
	}

	public Bewilderment bewilderment(AccountPrincipal viewer, long id) {
		long me = author(viewer);
		return bewilderments.findById(id).filter(b -> b.isKeptBy(me))
				.orElseThrow(() -> new NotFoundException("Bewilderment " + id));
	}

	public BewildermentView bewildermentWithRevisits(AccountPrincipal viewer, long id) {
		Bewilderment b = bewilderment(viewer, id);
		return new BewildermentView(b, revisits.findByBewildermentIdOrderByRevisitedAtAscIdAsc(id));
	}

	@Transactional
	public Bewilderment note(AccountPrincipal viewer, BewildermentDraft draft) {
		long me = author(viewer);
		Instant now = clock.instant();
		return bewilderments.saveAndFlush(
				new Bewilderment(me, text(draft), JourneyRules.notLater(draft.notedAt(), now, "notedAt")));
	}

	@Transactional
	public Bewilderment reword(AccountPrincipal viewer, long id, BewildermentDraft draft) {
		Bewilderment b = bewilderment(viewer, id);
		requireVersion(b.getVersion(), draft.version(), Bewilderment.class, id);
		b.reword(text(draft), clock.instant());
		return bewilderments.saveAndFlush(b);
	}

	private static String text(BewildermentDraft draft) {
		return JourneyRules.required(draft.text(), 2000, "text", "Write down what bewilders you",
				"Keep it to 2,000 characters");
	}

	/** Coming back to it: a dated note. A settled one stays settled. */
	@Transactional
	public Revisit revisit(AccountPrincipal viewer, long id, RevisitDraft draft) {
		Bewilderment b = bewilderment(viewer, id);
		Instant now = clock.instant();
		Instant at = JourneyRules.notLater(draft.revisitedAt(), now, "revisitedAt");
		if (at.isBefore(b.getNotedAt())) {
			throw new org.constellation.shared.InvalidInputException("revisitedAt",
					"A revisit comes after the bewilderment was first noted");
		}
		String note = JourneyRules.required(draft.note(), 4000, "note", "Write a note on where you are with it now",
				"A note has 4,000 characters at most");
		b.revisited(now);
		bewilderments.save(b);
		return revisits.saveAndFlush(new Revisit(id, note, at));
	}

	@Transactional
	public Bewilderment settle(AccountPrincipal viewer, long id) {
		Bewilderment b = bewilderment(viewer, id);
		b.settle(clock.instant());
		return bewilderments.saveAndFlush(b);
	}

	@Transactional
	public Bewilderment reopen(AccountPrincipal viewer, long id) {
		Bewilderment b = bewilderment(viewer, id);
		b.reopen(clock.instant());
		return bewilderments.saveAndFlush(b);
	}

	@Transactional
	public void forget(AccountPrincipal viewer, long id) {
		Bewilderment b = bewilderment(viewer, id);
		revisits.deleteAll(revisits.findByBewildermentIdOrderByRevisitedAtAscIdAsc(id));
		bewilderments.delete(b);
		bewilderments.flush();
	}

}
