package org.constellation.sessions.web;

import java.util.ArrayList;
import java.util.List;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.people.AccountPrincipal;
import org.constellation.sessions.Routine;
import org.constellation.sessions.RoutineDraft;
import org.constellation.sessions.RoutineService;
import org.constellation.sessions.SessionService;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.StaleEdit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership's routines: the library and its own, one routine, and the form
 * to write one.
 */
@Controller
class RoutinePages {

	/** Empty step rows offered below the written ones; blank rows are left out. */
	static final int SPARE_ROWS = 3;

	/**
	 * A routine as a page form: steps as a repeated group of fields, kept as typed.
	 */
	public record RoutineForm(String name, String summary, List<StepForm> steps, Long version) {

		public record StepForm(String title, String guidance, String minutes) {
		}

		static RoutineForm blank() {
			return new RoutineForm("", "", withSpareRows(List.of()), null);
		}

		static RoutineForm of(Routine r) {
			return new RoutineForm(r.getName(), r.getSummary(),
					withSpareRows(r.getSteps().stream()
							.map(s -> new StepForm(s.title(), s.guidance(), String.valueOf(s.minutes()))).toList()),
					r.getVersion());
		}

		static List<StepForm> withSpareRows(List<StepForm> steps) {
			List<StepForm> rows = new ArrayList<>(steps);
			for (int i = 0; i < SPARE_ROWS; i++) {
				rows.add(new StepForm("", "", ""));
			}
			return rows;
		}

		RoutineDraft toDraft(BindingResult errors) {
			List<RoutineDraft.Step> drafted = new ArrayList<>();
			List<StepForm> rows = steps == null ? List.of() : steps;
			for (int i = 0; i < rows.size(); i++) {
				StepForm row = rows.get(i);
				if (row == null) {
					continue;
				}
				Integer minutes = SessionForms.parse(row.minutes(), Integer::valueOf, "steps[" + i + "].minutes",
						"Give the time box in whole minutes, like 10", errors);
				drafted.add(new RoutineDraft.Step(row.title(), row.guidance(), minutes));
			}
			return new RoutineDraft(name, summary, drafted, version);
		}
	}

	private final RoutineService routines;
	private final SessionService sessions;
	private final PartnershipAccess access;

	RoutinePages(RoutineService routines, SessionService sessions, PartnershipAccess access) {
		this.routines = routines;
		this.sessions = sessions;
		this.access = access;
	}

	@GetMapping("/partnerships/{id}/routines")
	String list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("own", routines.ownOf(me, id));
		model.addAttribute("library", routines.library());
		return page(id, model, "partnerships/routines/list");
	}

	@GetMapping("/partnerships/{id}/routines/{routineId}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long routineId,
			Model model) {
		model.addAttribute("routine", routines.routine(me, id, routineId));
		return page(id, model, "partnerships/routines/show");
	}

	@GetMapping("/partnerships/{id}/routines/new")
	String newForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		access.requireWrite(me, id);
		model.addAttribute("form", RoutineForm.blank());
		model.addAttribute("editing", null);
		return page(id, model, "partnerships/routines/form");
	}

	@GetMapping("/partnerships/{id}/routines/{routineId}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long routineId,
			Model model) {
		access.requireWrite(me, id);
		Routine routine = routines.routine(me, id, routineId);
		if (routine.isLibrary()) {
			throw new org.constellation.shared.NotFoundException("Routine " + routineId);
		}
		model.addAttribute("form", RoutineForm.of(routine));
		model.addAttribute("editing", routine);
		return page(id, model, "partnerships/routines/form");
	}

	@PostMapping("/partnerships/{id}/routines")
	String write(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") RoutineForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		access.requireWrite(me, id);
		RoutineDraft draft = form.toDraft(errors);
		return Forms.submit(errors, () -> routines.write(me, id, draft))
				.flash(redirect, r -> new Flash("flash.routine.saved", r.getName()))
				.redirectTo(r -> "/partnerships/" + id + "/routines/" + r.getId()).orShow(() -> {
					model.addAttribute("editing", null);
					return page(id, model, "partnerships/routines/form");
				});
	}

	@PostMapping("/partnerships/{id}/routines/{routineId}")
	String change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long routineId,
			@ModelAttribute("form") RoutineForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Routine current = routines.routine(me, id, routineId);
		RoutineDraft draft = form.toDraft(errors);
		return Forms.submit(errors, () -> routines.change(me, id, routineId, draft))
				.flash(redirect, done -> new Flash("flash.routine.saved", draft.name()))
				.redirectTo("/partnerships/" + id + "/routines/" + routineId)
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"Another partner changed this routine meanwhile. Your version is below: "
								+ "compare it with the routine's page and save again.",
						"form", new RoutineForm(form.name(), form.summary(), form.steps(),
								routines.routine(me, id, routineId).getVersion())))
				.orShow(() -> {
					model.addAttribute("editing", current);
					return page(id, model, "partnerships/routines/form");
				});
	}

	private String page(long id, Model model, String view) {
		model.addAttribute("p", sessions.partnership(id));
		model.addAttribute("partnerCount", access.partnerIds(id).size());
		model.addAttribute("section", "partnerships");
		return view;
	}
}
