package org.constellation.partnerships;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frames of reference: each partner writes their own, every current partner
 * reads them all. Who is a partner is asked of {@link PartnershipAccess} only.
 */
@Service
@Transactional(readOnly = true)
public class FrameService {

	/** Each current partner, in seat order, with their latest frame if any. */
	public record Board(Partnership partnership, List<PartnerFrame> partners, PartnerStanding standing) {

		public PartnerFrame mine() {
			return partners.stream().filter(p -> p.partner().id().equals(standing.practitionerId())).findFirst()
					.orElseThrow();
		}
	}

	public record PartnerFrame(Ref partner, Frame latest) {
	}

	/** One partner's versions, latest first. */
	public record History(Partnership partnership, Ref partner, List<Frame> versions, int partnerCount) {
	}

	public record Comparison(Partnership partnership, Ref fromAuthor, Ref toAuthor, FrameComparison comparison,
			int partnerCount) {
	}

	private final Frames frames;
	private final Partnerships partnerships;
	private final PartnershipAccess access;
	private final People people;
	private final Clock clock;

	FrameService(Frames frames, Partnerships partnerships, PartnershipAccess access, People people, Clock clock) {
		this.frames = frames;
		this.partnerships = partnerships;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	public Board board(AccountPrincipal viewer, long partnershipId) {
		PartnerStanding standing = Spaces.requirePartner(access, viewer, partnershipId);
		List<Long> ids = access.partnerIds(partnershipId);
		Map<Long, String> names = people.displayNames(ids);
		Map<Long, Frame> latest = frames.latestOf(partnershipId).stream()
				.collect(Collectors.toMap(Frame::getPractitionerId, Function.identity()));
		List<PartnerFrame> partners = ids.stream()
				.map(id -> new PartnerFrame(new Ref(id, names.getOrDefault(id, "")), latest.get(id))).toList();
		return new Board(partnership(partnershipId), partners, standing);
	}

	/**
	 * A partner's versions, latest first. Someone who left is found only if they
	 * wrote here; anyone else is not found.
	 */
	public History history(AccountPrincipal viewer, long partnershipId, long practitionerId) {
		Spaces.requirePartner(access, viewer, partnershipId);
		List<Frame> versions = frames.findByPartnershipIdAndPractitionerIdOrderByNumberDesc(partnershipId,
				practitionerId);
		List<Long> partners = access.partnerIds(partnershipId);
		if (versions.isEmpty() && !partners.contains(practitionerId)) {
			throw new NotFoundException("Frames of " + practitionerId);
		}
		String name = people.displayNames(Set.of(practitionerId)).getOrDefault(practitionerId, "");
		return new History(partnership(partnershipId), new Ref(practitionerId, name), versions, partners.size());
	}

	/** Any two versions written in this partnership, side by side. */
	public Comparison compare(AccountPrincipal viewer, long partnershipId, long fromId, long toId) {
		Spaces.requirePartner(access, viewer, partnershipId);
		Frame from = inPartnership(partnershipId, fromId);
		Frame to = inPartnership(partnershipId, toId);
		Set<Long> authors = new HashSet<>(List.of(from.getPractitionerId(), to.getPractitionerId()));
		Map<Long, String> names = people.displayNames(authors);
		return new Comparison(partnership(partnershipId),
				new Ref(from.getPractitionerId(), names.getOrDefault(from.getPractitionerId(), "")),
				new Ref(to.getPractitionerId(), names.getOrDefault(to.getPractitionerId(), "")),
				FrameComparison.of(from, to), access.partnerIds(partnershipId).size());
	}

	/** The viewer's own frame gets its next version. */
	@Transactional
	public Frame write(AccountPrincipal viewer, long partnershipId, FrameDraft draft) {
		return write(viewer, partnershipId, viewer.practitionerId(), draft);
	}

	/** Only the author writes their frame; asking for another's is refused. */
	@Transactional
	public Frame write(AccountPrincipal viewer, long partnershipId, Long authorId, FrameDraft draft) {
		PartnerStanding standing = Spaces.requireWrite(access, viewer, partnershipId);
		if (authorId == null || authorId != standing.practitionerId()) {
			throw new ForbiddenException("Each partner writes their own frame of reference; you can read the others'");
		}
		Frame latest = frames.findFirstByPartnershipIdAndPractitionerIdOrderByNumberDesc(partnershipId, authorId)
				.orElse(null);
		Frame next = Frame.next(partnershipId, authorId, latest, draft.basedOn() == null ? 0 : draft.basedOn(),
				draft.body(), clock.instant());
		try {
			return frames.saveAndFlush(next);
		} catch (DataIntegrityViolationException race) {
			throw new ConflictException("body", "Another version of your frame was saved at the same moment. "
					+ "Your text is kept: read the newer one, then save again.");
		}
	}

	/** Everything this practitioner wrote here, oldest first (for their export). */
	List<Frame> writtenBy(long partnershipId, long practitionerId) {
		return frames.findByPartnershipIdAndPractitionerIdOrderByCreatedAtAsc(partnershipId, practitionerId);
	}

	private Frame inPartnership(long partnershipId, long frameId) {
		return frames.findById(frameId).filter(f -> f.getPartnershipId() == partnershipId)
				.orElseThrow(() -> new NotFoundException("Frame " + frameId));
	}

	private Partnership partnership(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}
}
