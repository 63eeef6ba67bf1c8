package org.constellation.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting lines between practitioners: declared by one of the two, confirmed
 * or disputed by the other, seen by those two alone. Partnerships are of peers,
 * so formation and a partnership's seats ask here whether a group holds a
 * confirmed line, and are told pairs or yes and no, never who supervises whom.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ReportingLineService {

	private final ReportingLines reportingLines;
	private final Practitioners practitioners;
	private final List<SharedPartnerships> sharedPartnerships;
	private final Clock clock;

	ReportingLineService(ReportingLines reportingLines, Practitioners practitioners,
			List<SharedPartnerships> sharedPartnerships, Clock clock) {
		this.reportingLines = reportingLines;
		this.practitioners = practitioners;
		this.sharedPartnerships = sharedPartnerships;
		this.clock = clock;
	}

	public List<ReportingLine> reportingLines(AccountPrincipal viewer) {
		return reportingLines.involving(viewer.ownProfileId());
	}

	/** How many lines wait for this person to confirm or dispute them. */
	public long awaitingAnswer(AccountPrincipal viewer) {
		return reportingLines.awaitingAnswerFrom(viewer.ownProfileId());
	}

	/**
	 * Whether anyone in this group supervises anyone else in it, by a confirmed
	 * line. It answers yes or no and never says who, so a partnership can refuse a
	 * group without exposing a line to people who may not see it.
	 */
	public boolean anyConfirmedReportingLineAmong(Collection<Long> practitionerIds) {
		return !confirmedReportingLinesAmong(practitionerIds).isEmpty();
	}

	/**
	 * Every pair {@code [smaller id, larger id]} of these practitioners with a
	 * confirmed reporting line between them, for partnership formation. It never
	 * says who supervises whom.
	 */
	public Set<List<Long>> confirmedReportingLinesAmong(Collection<Long> practitionerIds) {
		return PractitionerPair.among(practitionerIds, reportingLines::confirmedWithSupervisorAmong);
	}

	@Transactional
	public ReportingLine declareReportingLine(AccountPrincipal viewer, long otherPractitionerId,
			ReportingRelation relation) {
		Long me = viewer.ownProfileId();
		if (!practitioners.existsById(otherPractitionerId)) {
			throw new InvalidInputException("otherPractitionerId", "Choose a practitioner from the directory");
		}
		if (reportingLines.between(me, otherPractitionerId).isPresent()) {
			throw new ConflictException("otherPractitionerId", "A reporting line between you two is already on record");
		}
		ReportingLine line = relation == ReportingRelation.I_SUPERVISE
				? new ReportingLine(me, otherPractitionerId, me, clock.instant())
				: new ReportingLine(otherPractitionerId, me, me, clock.instant());
		try {
			return reportingLines.saveAndFlush(line);
		} catch (DataIntegrityViolationException raced) {
			throw new ConflictException("otherPractitionerId", "A reporting line between you two is already on record");
		}
	}

	/**
	 * The other person named in a line confirms or disputes it. A line is not
	 * confirmed while the two are partners together: partnerships are of peers, so
	 * the one confirming (who knows the line, being part of it) is told where and
	 * what to do, and nobody else learns anything. Both people's rows are locked
	 * first, as a partnership locks the row of whoever takes a seat, so a line and
	 * a seat decided at the same instant are decided one after the other.
	 */
	@Transactional
	public ReportingLine answerReportingLine(AccountPrincipal viewer, long lineId, boolean confirm) {
		ReportingLine line = visibleLine(viewer, lineId);
		if (confirm) {
			lockForPeerCheck(List.of(line.getSupervisorId(), line.getSuperviseeId()));
			List<String> together = sharedPartnerships.stream()
					.flatMap(s -> s.sharedBy(line.getSupervisorId(), line.getSuperviseeId()).stream()).toList();
			if (!together.isEmpty()) {
				throw new ConflictException("confirm", "You two are partners in \u201c"
						+ String.join("\u201d, \u201c", together)
						+ "\u201d, and a partnership is of peers. Confirm this line once one of you has stepped out of "
						+ "it or it has closed; until then it stays as declared.");
			}
		}
		line.decide(viewer.ownProfileId(), confirm, clock.instant());
		return line;
	}

	/**
	 * Locks these practitioners' rows, in id order, until the transaction ends: a
	 * partnership seating someone and a reporting line confirmed for them are then
	 * decided one after the other, whichever node serves each.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForPeerCheck(Collection<Long> practitionerIds) {
		practitionerIds.stream().distinct().sorted().forEach(practitioners::lockById);
	}

	/**
	 * Who among {@code others} shares a confirmed reporting line with this person.
	 * Only for telling the two people a line is about, never a third.
	 */
	public Set<Long> confirmedLinePartners(long practitionerId, Collection<Long> others) {
		Set<Long> group = new java.util.HashSet<>(others);
		group.add(practitionerId);
		return confirmedReportingLinesAmong(group).stream().filter(pair -> pair.contains(practitionerId))
				.map(pair -> pair.get(0) == practitionerId ? pair.get(1) : pair.get(0))
				.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Either side can take a line off the record: a supervision that ended is no
	 * longer a bar.
	 */
	@Transactional
	public void removeReportingLine(AccountPrincipal viewer, long lineId) {
		reportingLines.delete(visibleLine(viewer, lineId));
	}

	private ReportingLine visibleLine(AccountPrincipal viewer, long lineId) {
		// a line is visible to the two people it names, and to nobody else
		return reportingLines.findById(lineId).filter(l -> l.involves(viewer.ownProfileId()))
				.orElseThrow(() -> new NotFoundException("Reporting line " + lineId));
	}
}
