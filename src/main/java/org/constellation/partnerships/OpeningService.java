package org.constellation.partnerships;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityAccess;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening script: partners take its steps in order (a first move and
 * responses, or an answer from each), affirm the four tenets, and then each
 * says privately whether they can be vulnerable here. Also the script
 * templates, which stewards and conveners write as versions.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class OpeningService {

	private final Partners partners;
	private final OpeningScripts scripts;
	private final OpeningScriptVersions versions;
	private final OpeningSteps steps;
	private final OpeningAnswers answers;
	private final PartnershipAccess access;
	private final PartnershipService service;
	private final CommunityAccess communityAccess;
	private final People people;
	private final Clock clock;

	OpeningService(Partners partners, OpeningScripts scripts, OpeningScriptVersions versions, OpeningSteps steps,
			OpeningAnswers answers, PartnershipAccess access, PartnershipService service,
			CommunityAccess communityAccess, People people, Clock clock) {
		this.partners = partners;
		this.scripts = scripts;
		this.versions = versions;
		this.steps = steps;
		this.answers = answers;
		this.access = access;
		this.service = service;
		this.communityAccess = communityAccess;
		this.people = people;
		this.clock = clock;
	}

	// The opening of one partnership

	public OpeningView opening(AccountPrincipal me, long id) {
		access.requirePartner(me, id);
		Partnership p = service.partnership(id);
		List<OpeningStep> script = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId());
		List<Partner> in = partners.active(id);
		Set<Long> inIds = in.stream().map(Partner::getPractitionerId).collect(Collectors.toSet());
		List<OpeningAnswer> said = answers.findByPartnershipIdOrderByCreatedAtAscIdAsc(id);
		Map<Long, String> names = people.displayNames(
				java.util.stream.Stream.concat(inIds.stream(), said.stream().map(OpeningAnswer::getPractitionerId))
						.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, List<OpeningAnswer>> byStep = said.stream().collect(Collectors.groupingBy(OpeningAnswer::getStepId));
		boolean opening = p.getState() == PartnershipState.OPENING;
		List<OpeningView.StepView> views = new ArrayList<>();
		for (int i = 0; i < script.size(); i++) {
			OpeningStep step = script.get(i);
			List<OpeningAnswer> at = byStep.getOrDefault(step.getId(), List.of());
			Set<Long> answered = at.stream().map(OpeningAnswer::getPractitionerId).collect(Collectors.toSet());
			List<String> waiting = in.stream().map(Partner::getPractitionerId).filter(m -> !answered.contains(m))
					.map(names::get).toList();
			views.add(new OpeningView.StepView(step,
					at.stream()
							.map(a -> new OpeningView.AnswerView(a.getId(),
									a.getPractitionerId() == null ? 0 : a.getPractitionerId(),
									names.getOrDefault(a.getPractitionerId(), ""), a.isFirstMove(), a.getBodyHtml(),
									a.getCreatedAt()))
							.toList(),
					i < p.getOpeningStep(), opening && i == p.getOpeningStep(), opening && i <= p.getOpeningStep(),
					at.stream().anyMatch(OpeningAnswer::isFirstMove), answered.contains(me.practitionerId()), waiting));
		}
		Partner mine = in.stream().filter(m -> m.getPractitionerId().equals(me.practitionerId())).findFirst()
				.orElseThrow();
		boolean everyoneReady = in.stream().allMatch(m -> m.getTrust() == Trust.CONFIRMED);
		OpeningScriptVersion version = versions.findById(p.getScriptVersionId()).orElseThrow();
		OpeningScript template = scripts.findById(version.getScriptId()).orElseThrow();
		return new OpeningView(p, template.getName(), version.getNumber(), views, in.size(),
				p.getOpeningStep() >= script.size(), mine.getTrust(), mine.getTenetsAffirmedAt() != null, everyoneReady,
				p.getRevisitStep());
	}

	/**
	 * A partner speaks at a step: the first move, a response, or their answer.
	 * Steps are taken in order; an earlier step can be added to at any time during
	 * the opening (that is how partners revisit one).
	 */
	@Transactional
	public void answer(AccountPrincipal me, long id, int position, String body, boolean affirmTenets) {
		// one answer at a time per partnership: the last two answers of a step given
		// at the same moment still complete it
		Partnership p = service.lock(id);
		access.requireWrite(me, id);
		people.requirePractitioner(me);
		if (p.getState() != PartnershipState.OPENING) {
			throw new ConflictException(null,
					p.getState() == PartnershipState.FORMING
							? "The opening begins once at least two partners have accepted"
							: "The opening is over: its answers stay here to read");
		}
		List<OpeningStep> script = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId());
		if (position < 1 || position > script.size()) {
			throw new NotFoundException("Step " + position);
		}
		int index = position - 1;
		if (index > p.getOpeningStep()) {
			throw new ConflictException("position", "Steps are taken in order: the partnership is at step "
					+ (p.getOpeningStep() + 1) + ", so step " + position + " is not open yet");
		}
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "Write your answer");
		}
		if (body.strip().length() > 8000) {
			throw new InvalidInputException("body", "Keep your answer under 8,000 characters");
		}
		OpeningStep step = script.get(index);
		Partner mine = partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId()).orElseThrow();
		Instant now = clock.instant();
		if (step.getCategory() == StepCategory.TENETS && mine.getTenetsAffirmedAt() == null) {
			if (!affirmTenets) {
				throw new InvalidInputException("affirmTenets",
						"Affirm the four tenets to take this step, or come back to it when you are ready");
			}
			mine.affirmTenets(now);
		}
		boolean firstMove = step.getMove() == Move.FIRST_MOVE && answers.firstMover(id, step.getId()).isEmpty();
		answers.save(new OpeningAnswer(id, step.getId(), me.practitionerId(), firstMove, body.strip(),
				Markdown.toSafeHtml(body.strip()), now));
		answers.flush();
		if (index == p.getOpeningStep() && answers.answeredBy(id, step.getId()).containsAll(partners.activeIds(id))) {
			p.completeStep(script.size(), now);
			if (p.getOpeningStep() >= script.size()) {
				service.notifyPartners(p, null, "Your opening is complete: are you ready?",
						"Every step of the opening of \u201c" + p.getFocus() + "\u201d is done. Each partner now "
								+ "says privately whether they can be vulnerable here, or not yet.");
			}
		}
	}

	/**
	 * A partner's private answer: "I can be vulnerable here" or "not yet", with a
	 * step they would like to revisit. Nobody sees who said what, only how many are
	 * ready; the partnership becomes active when all are.
	 */
	@Transactional
	public PartnershipState confirmTrust(AccountPrincipal me, long id, Trust trust, Integer revisitPosition,
			boolean affirmTenets) {
		// the last two partners confirming at the same moment still make it active
		Partnership p = service.lock(id);
		access.requireWrite(me, id);
		people.requirePractitioner(me);
		if (trust == null) {
			throw new InvalidInputException("trust",
					"Choose \u201cI can be vulnerable here\u201d or \u201cnot yet\u201d");
		}
		List<OpeningStep> script = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId());
		Partner mine = partners.findByPartnershipIdAndPractitionerId(id, me.practitionerId()).orElseThrow();
		boolean newcomer = (p.getState() == PartnershipState.ACTIVE || p.getState() == PartnershipState.PAUSED)
				&& mine.getTrust() != Trust.CONFIRMED;
		if (!newcomer && (p.getState() != PartnershipState.OPENING || p.getOpeningStep() < script.size())) {
			throw new ConflictException("trust",
					p.getState() == PartnershipState.OPENING
							? "Each partner confirms once every step of the opening is done"
							: "Trust is confirmed during the opening");
		}
		Instant now = clock.instant();
		if (affirmTenets) {
			mine.affirmTenets(now);
		}
		if (trust == Trust.CONFIRMED && mine.getTenetsAffirmedAt() == null) {
			throw new InvalidInputException("affirmTenets", "Affirm the four tenets before you confirm");
		}
		Integer revisit = null;
		if (trust == Trust.NOT_YET && revisitPosition != null) {
			if (revisitPosition < 1 || revisitPosition > script.size()) {
				throw new InvalidInputException("revisitStep", "Choose one of the steps of the opening");
			}
			revisit = revisitPosition - 1;
		}
		mine.confirmTrust(trust, revisit, now);
		partners.flush();
		// the step shown as "to revisit" is the earliest any partner still waits on,
		// naming nobody
		p.revisit(partners.active(id).stream().filter(m -> m.getTrust() == Trust.NOT_YET).map(Partner::getRevisitWish)
				.filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null), now);
		if (p.getState() == PartnershipState.OPENING) {
			service.activateIfAllTrust(p);
		}
		return p.getState();
	}

	/**
	 * What partners said at the steps of these categories, as Markdown with each
	 * speaker's name: where a partnership's agreements start from.
	 */
	public String answersIn(long partnershipId, Set<StepCategory> categories) {
		Partnership p = service.partnership(partnershipId);
		List<OpeningStep> chosen = steps.findByScriptVersionIdOrderByPositionAsc(p.getScriptVersionId()).stream()
				.filter(s -> categories.contains(s.getCategory())).toList();
		if (chosen.isEmpty()) {
			return "";
		}
		List<OpeningAnswer> said = answers.inSteps(partnershipId, chosen.stream().map(OpeningStep::getId).toList());
		Map<Long, String> names = people.displayNames(said.stream().map(OpeningAnswer::getPractitionerId)
				.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		StringBuilder out = new StringBuilder();
		for (OpeningStep step : chosen) {
			List<OpeningAnswer> at = said.stream().filter(a -> a.getStepId().equals(step.getId())).toList();
			if (at.isEmpty()) {
				continue;
			}
			out.append("**").append(step.getQuestion()).append("**\n\n");
			for (OpeningAnswer a : at) {
				out.append("- ").append(names.getOrDefault(a.getPractitionerId(), "A former partner")).append(": ")
						.append(a.getBody().replace("\n", " ")).append('\n');
			}
			out.append('\n');
		}
		return out.toString().strip();
	}

	List<OpeningAnswer> writtenBy(long partnershipId, long practitionerId) {
		return answers.findByPartnershipIdAndPractitionerIdOrderByCreatedAtAsc(partnershipId, practitionerId);
	}

	// Script templates

	public List<OpeningScript> scripts() {
		return scripts.findAllByOrderByIdAsc();
	}

	public ScriptDetails script(long scriptId, Integer number) {
		OpeningScript script = scripts.findById(scriptId)
				.orElseThrow(() -> new NotFoundException("Opening script " + scriptId));
		List<OpeningScriptVersion> all = versions.findByScriptIdOrderByNumberDesc(scriptId);
		OpeningScriptVersion shown = number == null
				? all.getFirst()
				: all.stream().filter(v -> v.getNumber() == number).findFirst()
						.orElseThrow(() -> new NotFoundException("Version " + number));
		return new ScriptDetails(script, all, shown, steps.findByScriptVersionIdOrderByPositionAsc(shown.getId()));
	}

	public record ScriptDetails(OpeningScript script, List<OpeningScriptVersion> versions, OpeningScriptVersion shown,
			List<OpeningStep> steps) {

		public boolean isLatest() {
			return versions.getFirst().getId().equals(shown.getId());
		}
	}

	/** Stewards, and conveners of any community, write opening scripts. */
	public boolean mayAuthor(AccountPrincipal me) {
		return me.has(Role.STEWARD)
				|| (me.practitionerId() != null && communityAccess.convenesAny(me.practitionerId()));
	}

	/**
	 * The author of a script and stewards add versions; the shipped one, stewards
	 * only.
	 */
	public boolean mayChange(AccountPrincipal me, OpeningScript script) {
		return me.has(Role.STEWARD) || (script.getCreatedBy() != null
				&& script.getCreatedBy().equals(me.practitionerId()) && mayAuthor(me));
	}

	@Transactional
	public OpeningScript createScript(AccountPrincipal me, ScriptDraft draft) {
		if (!mayAuthor(me)) {
			throw new ForbiddenException("Stewards and conveners write opening scripts");
		}
		requireSteps(draft);
		if (scripts.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name",
					"A script named \u201c" + draft.name().strip() + "\u201d already exists");
		}
		Instant now = clock.instant();
		OpeningScript script = scripts
				.save(new OpeningScript(draft.name(), draft.description(), me.practitionerId(), now));
		writeVersion(me, script, 1, draft, now);
		return script;
	}

	/**
	 * A new version of a script. Partnerships that began with an earlier one keep
	 * it; new proposals get this one. {@code basedOn} is the version the author
	 * edited, so two authors at once do not pass each other silently.
	 */
	@Transactional
	public OpeningScriptVersion newVersion(AccountPrincipal me, long scriptId, ScriptDraft draft, int basedOn) {
		OpeningScript script = scripts.findById(scriptId)
				.orElseThrow(() -> new NotFoundException("Opening script " + scriptId));
		if (!mayChange(me, script)) {
			throw new ForbiddenException("Only its author and stewards change this script");
		}
		requireSteps(draft);
		int latest = versions.findFirstByScriptIdOrderByNumberDesc(scriptId).orElseThrow().getNumber();
		if (basedOn != latest) {
			throw new ConflictException(null, "Someone saved version " + latest
					+ " of this script meanwhile. Your steps are below: compare them with the latest and save again.");
		}
		if (!script.getName().equalsIgnoreCase(draft.name().strip())
				&& scripts.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name",
					"A script named \u201c" + draft.name().strip() + "\u201d already exists");
		}
		script.rename(draft.name(), draft.description());
		return writeVersion(me, script, latest + 1, draft, clock.instant());
	}

	private OpeningScriptVersion writeVersion(AccountPrincipal me, OpeningScript script, int number, ScriptDraft draft,
			Instant now) {
		OpeningScriptVersion version = versions
				.save(new OpeningScriptVersion(script.getId(), number, me.practitionerId(), now));
		int position = 1;
		for (ScriptDraft.StepDraft s : draft.steps()) {
			steps.save(
					new OpeningStep(version.getId(), position++, s.category(), s.move(), s.question(), s.guidance()));
		}
		return version;
	}

	private static void requireSteps(ScriptDraft draft) {
		if (draft.steps().isEmpty()) {
			throw new InvalidInputException("steps", "Write at least one step");
		}
		for (int i = 0; i < draft.steps().size(); i++) {
			var s = draft.steps().get(i);
			if (s.question() == null || s.question().isBlank()) {
				throw new InvalidInputException("steps[" + i + "].question", "Write the question of step " + (i + 1));
			}
			if (s.category() == null) {
				throw new InvalidInputException("steps[" + i + "].category",
						"Choose what step " + (i + 1) + " is about");
			}
			if (s.move() == null) {
				throw new InvalidInputException("steps[" + i + "].move", "Choose how partners take step " + (i + 1));
			}
		}
		if (draft.steps().stream().noneMatch(s -> s.category() == StepCategory.TENETS)) {
			throw new InvalidInputException("steps",
					"Include a step on the four tenets: every partner affirms them in the opening");
		}
	}
}
