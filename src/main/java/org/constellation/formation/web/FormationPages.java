package org.constellation.formation.web;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.formation.CohortPreview;
import org.constellation.formation.CohortRequest;
import org.constellation.formation.FormationRun;
import org.constellation.formation.FormationService;
import org.constellation.formation.GroupExplanation;
import org.constellation.formation.Importance;
import org.constellation.formation.MeetingWindow;
import org.constellation.formation.ProposedGroup;
import org.constellation.formation.RunMember;
import org.constellation.formation.RunParameters;
import org.constellation.formation.RunView;
import org.constellation.formation.solver.FormationWeights;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Role;
import org.constellation.portfolio.PlaceChoice;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forming partnerships in the browser: the runs one may see, starting a run,
 * following it, and reviewing its groups (move, pin, solve again, send).
 */
@Controller
class FormationPages {

	static final int GROUPS_PER_PAGE = 20;
	/**
	 * Up to this many groups, a move is a choice in a list; beyond it, a group
	 * number.
	 */
	static final int LIST_MOVES_UP_TO = 40;

	record RunForm(String cohort, Long communityId, Long placeId, Long issueId, Integer minSize, Integer preferredSize,
			Integer maxSize, Integer timeLimitSeconds, String sharedConcerns, String stakeholderDiversity,
			String levelDiversity, String newPairs, String preferredSizeWeight) {

		/**
		 * What the page offers first: shared concerns very important, every other goal
		 * important.
		 */
		static RunForm defaults(Long communityId) {
			String important = Importance.IMPORTANT.formValue();
			return new RunForm(communityId == null ? "everyone" : "community", communityId, null, null, 2, 3, 4, 10,
					Importance.VERY_IMPORTANT.formValue(), important, important, important, important);
		}

		/** The same choice of people, for another community (or none). */
		RunForm forCommunity(Long id) {
			return new RunForm(cohort, id, placeId, issueId, minSize, preferredSize, maxSize, timeLimitSeconds,
					sharedConcerns, stakeholderDiversity, levelDiversity, newPairs, preferredSizeWeight);
		}

		/**
		 * A weight as the radio buttons show it: a number sent by hand is shown as its
		 * nearest words.
		 */
		public String importance(String value) {
			Importance words = Importance.of(value);
			if (words == null && value != null && value.strip().matches("\\d{1,2}")) {
				words = Importance.nearest(Integer.parseInt(value.strip()));
			}
			return words == null ? null : words.formValue();
		}

		CohortRequest cohortRequest() {
			return switch (cohort == null ? "community" : cohort) {
				case "place" -> new CohortRequest(null, List.of(), placeId, null);
				case "issue" -> new CohortRequest(null, List.of(), null, issueId);
				case "everyone" -> new CohortRequest(null, List.of(), null, null);
				default -> new CohortRequest(communityId, List.of(), null, null);
			};
		}

		/**
		 * Whether the choice names its community, place or issue, so that it can be
		 * shown.
		 */
		boolean chosen() {
			return switch (cohort == null ? "community" : cohort) {
				case "place" -> placeId != null;
				case "issue" -> issueId != null;
				case "everyone" -> true;
				default -> communityId != null;
			};
		}

		RunParameters parameters() {
			FormationWeights d = FormationWeights.DEFAULT;
			return RunParameters.of(minSize, preferredSize, maxSize, timeLimitSeconds,
					new FormationWeights(RunParameters.weight("sharedConcerns", sharedConcerns, d.sharedConcerns()),
							RunParameters.weight("stakeholderDiversity", stakeholderDiversity,
									d.stakeholderDiversity()),
							RunParameters.weight("levelDiversity", levelDiversity, d.levelDiversity()),
							RunParameters.weight("newPairs", newPairs, d.newPairs()),
							RunParameters.weight("preferredSizeWeight", preferredSizeWeight, d.preferredSize()), 0));
		}
	}

	record Progress(String status, int progress, boolean finished) {
	}

	/**
	 * A group's explanation in words, for its card: the concerns all and some of
	 * them share, the weekly window in the reader's zone, the languages all of them
	 * speak.
	 */
	record Why(String sharedByAll, String sharedBySome, String window, String languages) {

		public boolean sharesNoConcern() {
			return sharedByAll.isEmpty() && sharedBySome.isEmpty();
		}
	}

	/**
	 * The languages every member names, as the first of them writes it; compared
	 * ignoring case and spaces around, as the solver does.
	 */
	static String commonLanguages(List<RunMember> members) {
		if (members.isEmpty()) {
			return "";
		}
		List<String> first = members.getFirst().languages();
		return first.stream()
				.filter(l -> members.stream()
						.allMatch(m -> m.languages().stream().anyMatch(o -> o.strip().equalsIgnoreCase(l.strip()))))
				.distinct().collect(Collectors.joining(", "));
	}

	private static String names(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(names::get).filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
	}

	private final FormationService formation;
	private final CommunityService communities;
	private final Portfolio portfolio;

	FormationPages(FormationService formation, CommunityService communities, Portfolio portfolio) {
		this.formation = formation;
		this.communities = communities;
		this.portfolio = portfolio;
	}

	@ModelAttribute("section")
	String section() {
		return "partnerships";
	}

	@GetMapping("/formation")
	String runs(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("runs", formation.runs(me, Paging.of(page, 20).pageable()));
		model.addAttribute("mayStart", me.has(Role.STEWARD) || !convened(me).isEmpty());
		return "formation/runs";
	}

	/**
	 * The new-run page: who the chosen group would form (a plain GET, so the choice
	 * can change without sending anything), then the sizes and what matters.
	 */
	@GetMapping("/formation/new")
	String newRun(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String cohort,
			@RequestParam(required = false) Long communityId, @RequestParam(required = false) Long placeId,
			@RequestParam(required = false) String placeIdWhere, @RequestParam(required = false) Long issueId,
			Model model) {
		// only stewards and conveners start runs: the form is theirs too
		List<CommunityView> convened = convened(me);
		if (!me.has(Role.STEWARD) && convened.isEmpty()) {
			throw new ForbiddenException("Only stewards and conveners start a formation run");
		}
		RunForm d = RunForm.defaults(communityId);
		Long community = communityId == null && !me.has(Role.STEWARD) ? convened.getFirst().id() : communityId;
		// a steward chooses the group before anyone is shown: "everyone open to a
		// partnership" is tens of thousands of people in a national constellation, too
		// many to count and list for someone who only opened the page
		String choice = !me.has(Role.STEWARD)
				? "community"
				: cohort != null ? cohort : communityId != null ? "community" : null;
		PlaceChoice place = portfolio.choosePlace(placeId, placeIdWhere);
		model.addAttribute("cohortPlace", place);
		model.addAttribute("form",
				new RunForm(choice, community, place.chosenId(), issueId, d.minSize(), d.preferredSize(), d.maxSize(),
						d.timeLimitSeconds(), d.sharedConcerns(), d.stakeholderDiversity(), d.levelDiversity(),
						d.newPairs(), d.preferredSizeWeight()));
		return form(me, model);
	}

	/**
	 * The most names each list of the cohort shows; the counts are always whole.
	 */
	static final int NAMES_PER_LIST = 300;

	private String form(AccountPrincipal me, Model model) {
		RunForm form = (RunForm) model.getAttribute("form");
		model.addAttribute("communities", me.has(Role.STEWARD) ? List.of() : convened(me));
		model.addAttribute("steward", me.has(Role.STEWARD));
		if (!model.containsAttribute("cohortPlace")) {
			model.addAttribute("cohortPlace", portfolio.choosePlace(form == null ? null : form.placeId(), null));
		}
		model.addAttribute("issues", me.has(Role.STEWARD) ? portfolio.issues() : List.of());
		model.addAttribute("sizes", List.of(2, 3, 4, 5, 6, 7));
		model.addAttribute("importances", List.of(Importance.values()));
		model.addAttribute("maxSeconds", RunParameters.MAX_TIME_LIMIT_SECONDS);
		model.addAttribute("namesPerList", NAMES_PER_LIST);
		CohortPreview preview = null;
		if (form != null && form.chosen()) {
			try {
				preview = formation.preview(me, form.cohortRequest());
			} catch (InvalidInputException | ForbiddenException | NotFoundException e) {
				model.addAttribute("previewProblem", true);
			}
		}
		model.addAttribute("preview", preview);
		return "formation/new";
	}

	private List<CommunityView> convened(AccountPrincipal me) {
		return communities.mine(me).stream()
				.filter(c -> c.conveners().stream().anyMatch(v -> v.practitionerId().equals(me.practitionerId())))
				.toList();
	}

	@PostMapping("/formation")
	String start(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") RunForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> formation.start(me, form.cohortRequest(), form.parameters()))
				.flash(redirect, run -> new Flash("formation.flash.started", run.getCohortSize()))
				.redirectTo(run -> "/formation/" + run.getId()).orShow(() -> form(me, model));
	}

	@GetMapping("/formation/{id}")
	String run(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @ModelAttribute("zone") String zone, Model model) {
		RunView view = formation.view(me, id, Paging.of(page, GROUPS_PER_PAGE).pageable());
		model.addAttribute("view", view);
		model.addAttribute("run", view.run());
		ZoneId readerZone = ZoneId.of(zone);
		Map<Long, String> issueNames = portfolio.issueNames(
				view.groups().stream().flatMap(g -> Stream.concat(g.explanation().issuesSharedByAll().stream(),
						g.explanation().issuesSharedBySome().stream())).distinct().toList());
		Map<Long, RunMember> members = formation.members(me, id,
				Stream.concat(view.groups().stream().flatMap(g -> g.group().getMemberIds().stream()),
						view.unassigned().stream().map(u -> u.practitionerId())).toList());
		Map<Long, Why> why = new HashMap<>();
		view.groups().forEach(g -> {
			GroupExplanation e = g.explanation();
			MeetingWindow w = MeetingWindow.of(e);
			List<RunMember> in = g.group().getMemberIds().stream().map(members::get).filter(java.util.Objects::nonNull)
					.toList();
			why.put(g.group().getId(),
					new Why(names(e.issuesSharedByAll(), issueNames), names(e.issuesSharedBySome(), issueNames),
							w == null ? null : w.in(readerZone), commonLanguages(in)));
		});
		model.addAttribute("members", members);
		model.addAttribute("why", why);
		List<ProposedGroup> all = view.finished() && view.groupCount() <= LIST_MOVES_UP_TO
				? formation.allGroups(me, id)
				: List.of();
		model.addAttribute("moveTargets", all);
		return "formation/run";
	}

	@GetMapping("/formation/{id}/progress")
	@ResponseBody
	Progress progress(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		FormationRun run = formation.run(me, id);
		return new Progress(run.getStatus().name(), run.getProgress(), run.getStatus().isFinished());
	}

	@PostMapping("/formation/{id}/stop")
	String stop(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		formation.stop(me, id);
		redirect.addFlashAttribute("flash", new Flash("formation.flash.stopping"));
		return "redirect:/formation/" + id;
	}

	@PostMapping("/formation/{id}/moves")
	String move(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam long practitionerId,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		try {
			Long target = target(me, id, to);
			formation.move(me, id, practitionerId, target);
			redirect.addFlashAttribute("flash",
					new Flash(target == null ? "formation.flash.leftOut" : "formation.flash.moved"));
		} catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		} catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("problem", CHANGED_MEANWHILE);
		}
		return "redirect:" + Paging.link("/formation/" + id, page);
	}

	/**
	 * A move or a pin that lost a race with another change to the same run or
	 * group: said on the run's page, as the API answers 409, never an error page.
	 */
	static final String CHANGED_MEANWHILE = "Someone changed this run at the same moment. Look at the groups again, "
			+ "then make your change again.";

	/** "out", a group's id, or a group's number as people see it ("#3"). */
	private Long target(AccountPrincipal me, long runId, String to) {
		if (to == null || to.isBlank() || to.equals("out")) {
			return null;
		}
		String value = to.strip();
		if (!value.matches("#?\\d{1,9}")) {
			throw new InvalidInputException("to", "Choose a group by its number");
		}
		if (value.startsWith("#")) {
			int number = Integer.parseInt(value.substring(1));
			return formation.allGroups(me, runId).stream().filter(g -> g.getPosition() + 1 == number).findFirst()
					.orElseThrow(() -> new InvalidInputException("to", "There is no group " + number)).getId();
		}
		return Long.parseLong(value);
	}

	@PostMapping("/formation/{id}/groups/{groupId}/pin")
	String pin(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long groupId,
			@RequestParam boolean pinned, @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		try {
			formation.pin(me, id, groupId, pinned);
			redirect.addFlashAttribute("flash",
					new Flash(pinned ? "formation.flash.pinned" : "formation.flash.unpinned"));
		} catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		} catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("problem", CHANGED_MEANWHILE);
		}
		return "redirect:" + Paging.link("/formation/" + id, page);
	}

	@PostMapping("/formation/{id}/solve-again")
	String solveAgain(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			RedirectAttributes redirect) {
		FormationRun run = formation.solveAgain(me, id);
		redirect.addFlashAttribute("flash", new Flash("formation.flash.solvingAgain"));
		return "redirect:/formation/" + run.getId();
	}

	@PostMapping("/formation/{id}/invitations")
	String send(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			int sent = formation.send(me, id);
			redirect.addFlashAttribute("flash", new Flash("formation.flash.sent", sent));
		} catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/formation/" + id;
	}
}
