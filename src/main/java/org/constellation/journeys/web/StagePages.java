package org.constellation.journeys.web;

import org.constellation.journeys.JourneyService;
import org.constellation.journeys.JourneyStage;
import org.constellation.shared.ConflictException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.StaleEdit;
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
 * Stewards keep the stages people reflect against (under /steward/**, which
 * only stewards reach; the service checks again).
 */
@Controller
class StagePages {

	private final JourneyService journey;

	StagePages(JourneyService journey) {
		this.journey = journey;
	}

	@GetMapping("/steward/journey-stages")
	String list(Model model) {
		model.addAttribute("form", StageForm.blank());
		return stageList(model);
	}

	@PostMapping("/steward/journey-stages")
	String add(@ModelAttribute("form") StageForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> journey.addStage(form.toDraft()))
				.flash(redirect, s -> new Flash("flash.stage.added", s.getName())).redirectTo("/steward/journey-stages")
				.orShow(() -> stageList(model));
	}

	private String stageList(Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("stages", journey.stages());
		return "journeys/stages";
	}

	@GetMapping("/steward/journey-stages/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		JourneyStage stage = journey.stage(id);
		model.addAttribute("form", StageForm.of(stage));
		return form(stage, model);
	}

	@PostMapping("/steward/journey-stages/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") StageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		JourneyStage current = journey.stage(id);
		return Forms.submit(errors, () -> journey.changeStage(id, form.toDraft()))
				.flash(redirect, new Flash("flash.stage.saved")).redirectTo("/steward/journey-stages")
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"Another steward changed this stage meanwhile. Your text is below: "
								+ "check it against the list and save again.",
						"form",
						new StageForm(form.name(), form.description(), form.transition(), current.getVersion())))
				.orShow(() -> form(current, model));
	}

	private String form(JourneyStage stage, Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("stage", stage);
		return "journeys/stage-form";
	}

	@PostMapping("/steward/journey-stages/{id}/move")
	String move(@PathVariable long id, @RequestParam boolean earlier, RedirectAttributes redirect) {
		journey.moveStage(id, earlier);
		redirect.addFlashAttribute("flash", new Flash("flash.stage.moved", journey.stage(id).getName()));
		return "redirect:/steward/journey-stages";
	}

	@PostMapping("/steward/journey-stages/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			String name = journey.stage(id).getName();
			journey.deleteStage(id);
			redirect.addFlashAttribute("flash", new Flash("flash.stage.deleted", name));
		} catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/steward/journey-stages";
	}
}
