package org.constellation.formation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.constellation.formation.CohortPreview;
import org.constellation.formation.CohortRequest;
import org.constellation.formation.FormationRun;
import org.constellation.formation.FormationService;
import org.constellation.formation.GroupExplanation;
import org.constellation.formation.Importance;
import org.constellation.formation.MeetingWindow;
import org.constellation.formation.RunParameters;
import org.constellation.formation.RunStatus;
import org.constellation.formation.RunView;
import org.constellation.formation.solver.FormationWeights;
import org.constellation.partnerships.FormedStatus;
import org.constellation.people.AccountPrincipal;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Ref;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Formation runs over HTTP: start one for a cohort (202, it solves in the
 * background), follow its progress and best result so far, stop it, move a
 * person, pin a group, solve again around the pins, and send the groups as
 * partnership invitations.
 */
@RestController
@RequestMapping("/api/v1/formation-runs")
@Tag(name = "Formation", description = "Forming learning partnerships for a whole cohort, explained and reviewed by people")
class FormationRunsApi {

	/**
	 * How much each goal counts: "not important", "important" or "very important"
	 * (the words the page offers), or a number from 0 to 10 as before. The words
	 * are the weights 0, 3 and 6 ({@link Importance}).
	 */
	@Schema(description = WEIGHTS)
	record Weights(@Schema(oneOf = {
			String.class, Integer.class}, example = "very important") Object sharedConcerns,
			@Schema(oneOf = {String.class, Integer.class}, example = "important") Object stakeholderDiversity,
			@Schema(oneOf = {String.class, Integer.class}, example = "important") Object levelDiversity,
			@Schema(oneOf = {String.class, Integer.class}, example = "important") Object newPairs,
			@Schema(oneOf = {String.class, Integer.class}, example = "not important") Object preferredSize) {

		FormationWeights toWeights() {
			FormationWeights d = FormationWeights.DEFAULT;
			return new FormationWeights(weight("weights.sharedConcerns", sharedConcerns, d.sharedConcerns()),
					weight("weights.stakeholderDiversity", stakeholderDiversity, d.stakeholderDiversity()),
					weight("weights.levelDiversity", levelDiversity, d.levelDiversity()),
					weight("weights.newPairs", newPairs, d.newPairs()),
					weight("weights.preferredSize", preferredSize, d.preferredSize()), 0);
		}

		private static int weight(String field, Object value, int otherwise) {
			return switch (value) {
				case null -> otherwise;
				case Integer n -> RunParameters.weight(field, n, otherwise);
				case Number n when n.doubleValue() == Math.rint(n.doubleValue()) ->
					RunParameters.weight(field, String.valueOf(n.longValue()), otherwise);
				case String words -> RunParameters.weight(field, words, otherwise);
				default -> throw new InvalidInputException(field,
						"Choose not important, important or very important (or a number from 0 to 10)");
			};
		}
	}

	static final String WEIGHTS = "How much each goal counts, in the words the page offers or as a number: "
			+ "\"not important\" is 0, \"important\" is 3 and \"very important\" is 6 (any case; spaces, hyphens "
			+ "or underscores between the words); a number from 0 to 10 is taken as it is. A goal not given counts "
			+ "as sharedConcerns 3, stakeholderDiversity 2, levelDiversity 2, newPairs 3, preferredSize 2. Each run "
			+ "answers its weights as numbers (weights) and as words (importance). The partnership rules always "
			+ "come first, whatever the weights.";

	record StartRequest(Long communityId, List<Long> practitionerIds, Long placeId, Long issueId, Integer minSize,
			Integer maxSize, Integer preferredSize, Integer timeLimitSeconds, Weights weights) {
	}

	record MoveRequest(Long practitionerId, Long toGroupId) {
	}

	record PinRequest(boolean pinned) {
	}

	record Score(Long hard, Long medium, Long soft) {
	}

	record RunLine(Long id, RunStatus status, int progress, String cohort, Long communityId, int cohortSize,
			int minSize, int preferredSize, int maxSize, int timeLimitSeconds,
			@Schema(description = "The weights as numbers (0 to 10)") Map<String, Integer> weights,
			@Schema(description = "The same weights in words: not important (0), important (1 to 4), very important (5 to 10)") Map<String, String> importance,
			Score score, Long basedOnRunId, Instant createdAt, Instant finishedAt, String failure) {

		static RunLine of(FormationRun r) {
			FormationWeights w = r.weights();
			Map<String, Integer> weights = new java.util.LinkedHashMap<>();
			weights.put("sharedConcerns", w.sharedConcerns());
			weights.put("stakeholderDiversity", w.stakeholderDiversity());
			weights.put("levelDiversity", w.levelDiversity());
			weights.put("newPairs", w.newPairs());
			weights.put("preferredSize", w.preferredSize());
			Map<String, String> importance = new java.util.LinkedHashMap<>();
			weights.forEach((goal, n) -> importance.put(goal, Importance.nearest(n).words()));
			return new RunLine(r.getId(), r.getStatus(), r.getProgress(), r.getCohortLabel(), r.getCommunityId(),
					r.getCohortSize(), r.getMinSize(), r.getPreferredSize(), r.getMaxSize(), r.getTimeLimitSeconds(),
					weights, importance, new Score(r.getHardScore(), r.getMediumScore(), r.getSoftScore()),
					r.getBasedOnRunId(), r.getCreatedAt(), r.getFinishedAt(), r.getFailure());
		}
	}

	record Window(Instant startsAt, int minutes, String utc) {
	}

	record Explanation(List<Ref> sharedByAll, List<Ref> sharedBySome, Window window, List<Ref> stakeholderGroups,
			List<Ref> levels, List<Ref> places, Map<String, Long> scoreByConstraint, long score, long rulesBroken) {
	}

	record GroupLine(Long id, int position, List<Long> memberIds, boolean pinned, Long partnershipId,
			FormedStatus invitations, Explanation explanation) {
	}

	record Unassigned(Long practitionerId, String displayName, String reason) {
	}

	record RunDetail(RunLine run, long groupCount, int page, int totalPages, List<GroupLine> groups,
			List<Unassigned> unassigned) {
	}

	record Sent(int sent) {
	}

	record PersonLine(Long practitionerId, String displayName) {
	}

	record LeftOutLine(Long practitionerId, String displayName, CohortPreview.Reason reason, String words) {
	}

	@Schema(description = "Who a run would form: total = considered + leftOut; leftOutByReason counts each reason")
	record CohortLine(String cohort, int total, int considered, int leftOut,
			Map<CohortPreview.Reason, Integer> leftOutByReason, List<PersonLine> consideredPeople,
			List<LeftOutLine> leftOutPeople) {

		static CohortLine of(CohortPreview p) {
			Map<CohortPreview.Reason, Integer> counts = new java.util.LinkedHashMap<>();
			p.leftOutByReason().forEach((reason, people) -> counts.put(reason, people.size()));
			return new CohortLine(p.label(), p.total(), p.considered().size(), p.leftOut().size(), counts,
					p.considered().stream().map(c -> new PersonLine(c.practitionerId(), c.displayName())).toList(),
					p.leftOut().stream().map(
							l -> new LeftOutLine(l.practitionerId(), l.displayName(), l.reason(), l.reason().words()))
							.toList());
		}
	}

	private final FormationService formation;
	private final Portfolio portfolio;

	FormationRunsApi(FormationService formation, Portfolio portfolio) {
		this.formation = formation;
		this.portfolio = portfolio;
	}

	@PostMapping
	@Operation(summary = "Start a formation run for a cohort (communityId, practitionerIds, placeId, issueId, or none: everyone open); 202, it solves in the background")
	ResponseEntity<RunLine> start(@AuthenticationPrincipal AccountPrincipal me, @RequestBody StartRequest request) {
		RunParameters params = RunParameters.of(request.minSize(), request.preferredSize(), request.maxSize(),
				request.timeLimitSeconds(), request.weights() == null ? null : request.weights().toWeights());
		FormationRun run = formation.start(me, new CohortRequest(request.communityId(), request.practitionerIds(),
				request.placeId(), request.issueId()), params);
		return ResponseEntity.accepted().location(URI.create("/api/v1/formation-runs/" + run.getId()))
				.body(RunLine.of(run));
	}

	@PostMapping("/preview")
	@Operation(summary = "Who a run would form, before starting it: the same body as starting one (only who is formed counts); everyone the group holds, who will be considered and who is left out with the reason (NOT_OPEN, NO_ROOM, NO_LANGUAGE, NO_WINDOW). Nothing is stored")
	CohortLine preview(@AuthenticationPrincipal AccountPrincipal me, @RequestBody StartRequest request) {
		return CohortLine.of(formation.preview(me, new CohortRequest(request.communityId(), request.practitionerIds(),
				request.placeId(), request.issueId())));
	}

	@GetMapping
	@Operation(summary = "The runs you may see: yours, your communities' and, for stewards, all")
	PagedModel<RunLine> runs(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(formation.runs(me, pageable).map(RunLine::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A run: status, progress, score, a page of its groups with their explanations, and who was left unassigned and why")
	RunDetail get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ParameterObject @PageableDefault(size = 50) Pageable pageable) {
		RunView view = formation.view(me, id, pageable);
		Names names = names(view.groups().stream().map(RunView.GroupView::explanation).toList());
		return new RunDetail(RunLine.of(view.run()), view.groupCount(), view.groups().getNumber(),
				view.groups().getTotalPages(),
				view.groups().stream()
						.map(g -> new GroupLine(g.group().getId(), g.group().getPosition(),
								List.copyOf(g.group().getMemberIds()), g.group().isPinned(),
								g.group().getPartnershipId(), g.status(), explanation(g.explanation(), names)))
						.toList(),
				view.unassigned().stream()
						.map(u -> new Unassigned(u.practitionerId(), view.names().get(u.practitionerId()), u.reason()))
						.toList());
	}

	/** The names a page of explanations needs, read once for the whole page. */
	private record Names(Map<Long, String> issues, Map<Long, String> groups, Map<Long, String> levels,
			Map<Long, String> places) {
	}

	private Names names(List<GroupExplanation> page) {
		List<Long> issues = page.stream().flatMap(
				e -> java.util.stream.Stream.concat(e.issuesSharedByAll().stream(), e.issuesSharedBySome().stream()))
				.distinct().toList();
		List<Long> groups = page.stream().flatMap(e -> e.stakeholderGroupIds().stream()).distinct().toList();
		List<Long> places = page.stream().flatMap(e -> e.placeIds().stream()).distinct().toList();
		Map<Long, String> placeNames = new java.util.HashMap<>();
		portfolio.placesById(places).forEach((placeId, p) -> placeNames.put(placeId, p.getName()));
		return new Names(portfolio.issueNames(issues), portfolio.stakeholderGroupNames(groups), portfolio.levels()
				.stream().collect(java.util.stream.Collectors.toMap(l -> l.getId(), l -> l.getName())), placeNames);
	}

	private static Explanation explanation(GroupExplanation why, Names names) {
		MeetingWindow window = MeetingWindow.of(why);
		return new Explanation(refs(why.issuesSharedByAll(), names.issues()),
				refs(why.issuesSharedBySome(), names.issues()),
				window == null ? null : new Window(window.startsAt(), window.minutes(), window.in(ZoneId.of("UTC"))),
				refs(why.stakeholderGroupIds(), names.groups()), refs(why.levelIds(), names.levels()),
				refs(why.placeIds(), names.places()), why.breakdown(), why.score(), why.rulesBroken());
	}

	private static List<Ref> refs(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(id -> new Ref(id, names.get(id))).toList();
	}

	@PostMapping("/{id}/stop")
	@Operation(summary = "Stop a run early; the best result so far is kept. Harmless for a finished run")
	RunLine stop(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return RunLine.of(formation.stop(me, id));
	}

	@PostMapping("/{id}/moves")
	@Operation(summary = "Move a person into another group (toGroupId), or out of every group (no toGroupId); 409 naming the rule it would break")
	RunLine move(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody MoveRequest request) {
		if (request.practitionerId() == null) {
			throw new org.constellation.shared.InvalidInputException("practitionerId", "Say who moves");
		}
		formation.move(me, id, request.practitionerId(), request.toGroupId());
		return RunLine.of(formation.run(me, id));
	}

	@PutMapping("/{id}/groups/{groupId}/pin")
	@Operation(summary = "Pin a group (a new solve keeps it as it is), or unpin it")
	RunLine pin(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long groupId,
			@RequestBody PinRequest request) {
		formation.pin(me, id, groupId, request.pinned());
		return RunLine.of(formation.run(me, id));
	}

	@PostMapping("/{id}/solve-again")
	@Operation(summary = "A new run over the same cohort and parameters, keeping the pinned groups; 202")
	ResponseEntity<RunLine> solveAgain(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		FormationRun run = formation.solveAgain(me, id);
		return ResponseEntity.accepted().location(URI.create("/api/v1/formation-runs/" + run.getId()))
				.body(RunLine.of(run));
	}

	@PostMapping("/{id}/invitations")
	@Operation(summary = "Send every group that keeps the rules as a partnership whose members are all invited")
	Sent send(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new Sent(formation.send(me, id));
	}
}
