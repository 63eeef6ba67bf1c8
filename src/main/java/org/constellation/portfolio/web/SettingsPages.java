package org.constellation.portfolio.web;

import jakarta.validation.Valid;
import org.constellation.portfolio.LevelDraft;
import org.constellation.portfolio.Portfolio;
import org.constellation.portfolio.StakeholderGroupDraft;
import org.constellation.shared.ConflictException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Levels of scale and stakeholder groups: read by all, shaped by stewards. */
@Controller
@RequestMapping("/portfolio")
class SettingsPages {

	private final Portfolio portfolio;

	SettingsPages(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@ModelAttribute("section")
	String section() {
		return "portfolio";
	}

	@GetMapping("/levels")
	String levels(Model model) {
		model.addAttribute("levels", portfolio.levels());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new LevelDraft(""));
		}
		return "portfolio/levels";
	}

	@PostMapping("/levels")
	String addLevel(@Valid @ModelAttribute("form") LevelDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> portfolio.addLevel(form))
				.flash(redirect, done -> new Flash("flash.level.added", form.name().strip()))
				.redirectTo("/portfolio/levels").orShow(() -> levels(model));
	}

	@PostMapping("/levels/{id}/rename")
	String renameLevel(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
		try {
			portfolio.renameLevel(id, new LevelDraft(name));
			redirect.addFlashAttribute("flash", new Flash("flash.level.renamed", name.strip()));
		} catch (ConflictException | org.constellation.shared.InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/portfolio/levels";
	}

	@PostMapping("/levels/{id}/move")
	String moveLevel(@PathVariable long id, @RequestParam String direction, RedirectAttributes redirect) {
		try {
			portfolio.moveLevel(id, "broader".equals(direction));
			redirect.addFlashAttribute("flash", new Flash("flash.level.moved"));
		} catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/portfolio/levels";
	}

	@PostMapping("/levels/{id}/delete")
	String removeLevel(@PathVariable long id, RedirectAttributes redirect) {
		try {
			portfolio.removeLevel(id);
			redirect.addFlashAttribute("flash", new Flash("flash.level.removed"));
		} catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/portfolio/levels";
	}

	@GetMapping("/stakeholder-groups")
	String groups(Model model) {
		model.addAttribute("groups", portfolio.stakeholderGroups());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new StakeholderGroupDraft("", "", false));
		}
		return "portfolio/stakeholder-groups";
	}

	@PostMapping("/stakeholder-groups")
	String addGroup(@Valid @ModelAttribute("form") StakeholderGroupDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> portfolio.addStakeholderGroup(form))
				.flash(redirect, done -> new Flash("flash.group.added", form.name().strip()))
				.redirectTo("/portfolio/stakeholder-groups").orShow(() -> groups(model));
	}

	@PostMapping("/stakeholder-groups/{id}")
	String changeGroup(@PathVariable long id, @RequestParam String name,
			@RequestParam(required = false) String description, @RequestParam(defaultValue = "false") boolean retired,
			RedirectAttributes redirect) {
		try {
			portfolio.changeStakeholderGroup(id, new StakeholderGroupDraft(name, description, retired));
			redirect.addFlashAttribute("flash", new Flash("flash.group.saved", name.strip()));
		} catch (ConflictException | org.constellation.shared.InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/portfolio/stakeholder-groups";
	}
}
