package org.constellation.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stages of a journey (kept by stewards) and each person's stage
 * reflections and milestones. A reflection is a self-reflection, never an
 * assessment: every method writes and reads the caller's own journey, and no
 * method takes someone else's id.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class JourneyService {

	private static final String STEWARD = "hasRole('STEWARD')";

	private final JourneyStages stages;
	private final StageReflections reflections;
	private final Milestones milestones;
	private final PartnershipAccess partnerships;
	private final People people;
	private final Clock clock;

	JourneyService(JourneyStages stages, StageReflections reflections, Milestones milestones,
			PartnershipAccess partnerships, People people, Clock clock) {
		this.stages = stages;
		this.reflections = reflections;
		this.milestones = milestones;
		this.partnerships = partnerships;
		this.people = people;
		this.clock = clock;
	}

	// Stages

	public List<JourneyStage> stages() {
		return stages.inOrder();
	}

	public JourneyStage stage(long id) {
		return stages.findById(id).orElseThrow(() -> new NotFoundException("Stage " + id));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public JourneyStage addStage(StageDraft draft) {
		String name = stageName(draft);
		if (stages.existsByNameIgnoreCase(name)) {
			throw new ConflictException("name", "A stage named '" + name + "' already exists");
		}
		int last = stages.inOrder().stream().mapToInt(JourneyStage::getPosition).max().orElse(0);
		return stages.saveAndFlush(new JourneyStage(last + 1, name, description(draft), draft.transition()));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public JourneyStage changeStage(long id, StageDraft draft) {
		JourneyStage stage = stage(id);
		if (draft.version() != null && draft.version() != stage.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(JourneyStage.class, id);
		}
		String name = stageName(draft);
		if (stages.existsByNameIgnoreCaseAndIdNot(name, id)) {
			throw new ConflictException("name", "A stage named '" + name + "' already exists");
		}
		stage.describe(name, description(draft), draft.transition());
		return stages.saveAndFlush(stage);
	}

	/** Moves a stage one place up (earlier) or down (later) in the order. */
	@Transactional
	@PreAuthorize(STEWARD)
	public List<JourneyStage> moveStage(long id, boolean earlier) {
		List<JourneyStage> ordered = new ArrayList<>(stages.inOrder());
		int at = ordered.indexOf(stage(id));
		int to = earlier ? at - 1 : at + 1;
		if (at >= 0 && to >= 0 && to < ordered.size()) {
			ordered.add(to, ordered.remove(at));
		}
		// positions are renumbered 1..n, so gaps and ties left by older edits disappear
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
		stages.saveAllAndFlush(ordered);
		return ordered;
	}

	/**
	 * A stage someone reflected against stays: their history must keep its meaning.
	 */
	@Transactional
	@PreAuthorize(STEWARD)
	public void deleteStage(long id) {
		JourneyStage stage = stage(id);
		if (reflections.existsByStageId(id)) {
			throw new ConflictException(null, "'" + stage.getName()
					+ "' is in use: people have reflected against it. Rename or describe it instead of deleting it.");
		}
		stages.delete(stage);
		stages.flush();
	}

	private static String stageName(StageDraft draft) {
		return JourneyRules.required(draft.name(), 80, "name", "Give the stage a name",
				"A name has 80 characters at most");
	}

	private static String description(StageDraft draft) {
		return JourneyRules.optional(draft.description(), 600, "description",
				"A description has 600 characters at most");
	}

	// Reflections and milestones: always the caller's own

	/**
	 * Today in the person's own zone: the latest day a reflection or milestone may
	 * have.
	 */
	public LocalDate today(AccountPrincipal viewer) {
		return today(JournalService.author(viewer));
	}

	LocalDate today(long practitionerId) {
		return LocalDate.now(clock.withZone(ZoneId.of(people.timeZoneOf(practitionerId))));
	}

	@Transactional
	public StageReflection reflect(AccountPrincipal viewer, ReflectionDraft draft) {
		long me = JournalService.author(viewer);
		if (draft.stageId() == null || !stages.existsById(draft.stageId())) {
			throw new InvalidInputException("stageId", "Choose the stage where you see yourself");
		}
		LocalDate on = JourneyRules.notAfter(draft.reflectedOn(), today(me), "reflectedOn");
		String text = JourneyRules.optional(draft.reflection(), 4000, "reflection",
				"A reflection has 4,000 characters at most");
		return reflections.saveAndFlush(new StageReflection(me, draft.stageId(), on, text, clock.instant()));
	}

	@Transactional
	public void deleteReflection(AccountPrincipal viewer, long id) {
		long me = JournalService.author(viewer);
		StageReflection r = reflections.findById(id).filter(x -> x.getPractitionerId().equals(me))
				.orElseThrow(() -> new NotFoundException("Stage reflection " + id));
		reflections.delete(r);
	}

	public List<ReflectionView> reflections(AccountPrincipal viewer) {
		long me = JournalService.author(viewer);
		Map<Long, JourneyStage> byId = stages.inOrder().stream()
				.collect(Collectors.toMap(JourneyStage::getId, Function.identity()));
		return reflections.findByPractitionerIdOrderByReflectedOnAscIdAsc(me).stream().map(r -> {
			JourneyStage s = byId.get(r.getStageId());
			return new ReflectionView(r, s.getName(), s.isTransition());
		}).toList();
	}

	@Transactional
	public Milestone mark(AccountPrincipal viewer, MilestoneDraft draft) {
		long me = JournalService.author(viewer);
		String title = JourneyRules.required(draft.title(), 200, "title", "Give the milestone a title",
				"A title has 200 characters at most");
		LocalDate on = JourneyRules.notAfter(draft.happenedOn(), today(me), "happenedOn");
		String note = JourneyRules.optional(draft.note(), 2000, "note", "A note has 2,000 characters at most");
		if (draft.partnershipId() != null && !partnerships.isPartner(me, draft.partnershipId())) {
			throw new InvalidInputException("partnershipId", "Choose a partnership you are in, or none");
		}
		return milestones.saveAndFlush(new Milestone(me, title, on, note, draft.partnershipId(), clock.instant()));
	}

	@Transactional
	public void deleteMilestone(AccountPrincipal viewer, long id) {
		long me = JournalService.author(viewer);
		Milestone m = milestones.findById(id).filter(x -> x.getPractitionerId().equals(me))
				.orElseThrow(() -> new NotFoundException("Milestone " + id));
		milestones.delete(m);
	}

	/**
	 * Milestones with the focus of their partnership, shown only while the person
	 * is still in it.
	 */
	public List<MilestoneView> milestones(AccountPrincipal viewer) {
		long me = JournalService.author(viewer);
		List<Milestone> mine = milestones.findByPractitionerIdOrderByHappenedOnAscIdAsc(me);
		Map<Long, String> focus = new HashMap<>();
		if (mine.stream().anyMatch(m -> m.getPartnershipId() != null)) {
			partnerships.partnershipsOf(me).forEach(p -> focus.put(p.id(), p.focus()));
		}
		return mine.stream()
				.map(m -> new MilestoneView(m, m.getPartnershipId() == null ? null : focus.get(m.getPartnershipId())))
				.toList();
	}

	public List<PartnershipRef> partnershipsOf(AccountPrincipal viewer) {
		return partnerships.partnershipsOf(JournalService.author(viewer));
	}

	/** The chart and the table of one person's own journey. */
	public JourneyView journey(AccountPrincipal viewer) {
		long me = JournalService.author(viewer);
		List<ReflectionView> reflected = reflections(viewer);
		List<MilestoneView> marked = milestones(viewer);
		Timeline timeline = Timeline.of(stages.inOrder(),
				reflected.stream()
						.map(r -> new Timeline.Dated(r.reflection().getReflectedOn(), r.reflection().getStageId(),
								r.stageName()))
						.toList(),
				marked.stream()
						.map(m -> new Timeline.Dated(m.milestone().getHappenedOn(), null, m.milestone().getTitle()))
						.toList(),
				today(me));
		return new JourneyView(timeline, reflected, marked);
	}
}
