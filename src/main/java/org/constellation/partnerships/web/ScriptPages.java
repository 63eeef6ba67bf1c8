package org.constellation.partnerships.web;

import java.util.ArrayList;
import java.util.List;
import org.constellation.partnerships.Move;
import org.constellation.partnerships.OpeningService;
import org.constellation.partnerships.ScriptDraft;
import org.constellation.partnerships.StepCategory;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening scripts: everyone reads them; stewards and conveners write new ones
 * and new versions.
 */
@Controller
class ScriptPages {

	/** Rows of the step form; blank rows are ignored. */
	static final int STEP_ROWS = 10;

	record ScriptForm(String name, String description, List<ScriptDraft.StepDraft> steps, Integer basedOn) {

		ScriptForm {
			List<ScriptDraft.StepDraft> rows = new ArrayList<>(steps == null ? List.of() : steps);
			while (rows.size() < STEP_ROWS) {
				rows.add(new ScriptDraft.StepDraft(StepCategory.CONTEXT, Move.EACH, "", ""));
			}
			steps = rows;
		}

		ScriptDraft draft() {
			return new ScriptDraft(name, description, steps);
		}
	}

	private final OpeningService opening;

	ScriptPages(OpeningService opening) {
		this.opening = opening;
	}

	@ModelAttribute("section")
	String section() {
		return "partnerships";
	}

	@GetMapping("/opening-scripts")
	String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("scripts", opening.scripts());
		model.addAttribute("mayAuthor", opening.mayAuthor(me));
		return "partnerships/scripts";
	}

	@GetMapping("/opening-scripts/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer version, Model model) {
		var d = opening.script(id, version);
		model.addAttribute("d", d);
		model.addAttribute("mayChange", opening.mayChange(me, d.script()));
		return "partnerships/script";
	}

	@GetMapping("/opening-scripts/new")
	String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		requireAuthor(me);
		model.addAttribute("form", new ScriptForm("", "", List.of(), null));
		return form(model, null);
	}

	@PostMapping("/opening-scripts")
	String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") ScriptForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		requireAuthor(me);
		return Forms.submit(errors, () -> opening.createScript(me, checked(form)))
				.flash(redirect, new Flash("flash.script.saved")).redirectTo(s -> "/opening-scripts/" + s.getId())
				.orShow(() -> form(model, null));
	}

	@GetMapping("/opening-scripts/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var d = opening.script(id, null);
		if (!opening.mayChange(me, d.script())) {
			throw new ForbiddenException("Only its author and stewards change this script");
		}
		model.addAttribute("form",
				new ScriptForm(d.script().getName(), d.script().getDescription(), d.steps().stream().map(
						s -> new ScriptDraft.StepDraft(s.getCategory(), s.getMove(), s.getQuestion(), s.getGuidance()))
						.toList(), d.shown().getNumber()));
		return form(model, id);
	}

	@PostMapping("/opening-scripts/{id}")
	String newVersion(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") ScriptForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms
				.submit(errors,
						() -> opening.newVersion(me, id, checked(form), form.basedOn() == null ? 0 : form.basedOn()))
				.flash(redirect, v -> new Flash("flash.script.version", v.getNumber()))
				.redirectTo("/opening-scripts/" + id).orShow(() -> form(model, id));
	}

	private static ScriptDraft checked(ScriptForm form) {
		if (form.name() == null || form.name().isBlank()) {
			throw new org.constellation.shared.InvalidInputException("name", "Give the script a name");
		}
		return form.draft();
	}

	private String form(Model model, Long editing) {
		model.addAttribute("categories", StepCategory.values());
		model.addAttribute("moves", Move.values());
		model.addAttribute("editing", editing);
		return "partnerships/script-form";
	}

	private void requireAuthor(AccountPrincipal me) {
		if (!opening.mayAuthor(me)) {
			throw new ForbiddenException("Stewards and conveners write opening scripts");
		}
	}
}
