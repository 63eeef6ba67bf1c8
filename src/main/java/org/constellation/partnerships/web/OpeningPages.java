package org.constellation.partnerships.web;

import org.constellation.partnerships.OpeningService;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.PartnershipState;
import org.constellation.partnerships.Trust;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opening of a partnership: its steps in order, what partners said, the
 * form for the step at hand, and at the end each partner's private "I can be
 * vulnerable here" or "not yet".
 */
@Controller
class OpeningPages {

	private final OpeningService opening;
	private final PartnershipService partnerships;

	OpeningPages(OpeningService opening, PartnershipService partnerships) {
		this.opening = opening;
		this.partnerships = partnerships;
	}

	@ModelAttribute("section")
	String section() {
		return "partnerships";
	}

	@GetMapping("/partnerships/{id}/opening")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer step, Model model) {
		var o = opening.opening(me, id);
		model.addAttribute("o", o);
		model.addAttribute("p", o.partnership());
		// the step whose form is shown: the one asked for (a revisit) or the current
		// one
		int position = step != null
				? step
				: o.currentStep() != null
						? o.currentStep().step().getPosition()
						: o.revisitStep() != null ? o.revisitStep() + 1 : 0;
		model.addAttribute("answering", o.steps().stream().filter(s -> s.open() && s.step().getPosition() == position)
				.findFirst().orElse(null));
		model.addAttribute("trustChoices", Trust.values());
		model.addAttribute("mayConfirm", o.allStepsDone() && o.partnership().getState() == PartnershipState.OPENING
				|| o.partnership().getState() == PartnershipState.ACTIVE && o.myTrust() != Trust.CONFIRMED);
		if (!model.containsAttribute("body")) {
			model.addAttribute("body", "");
		}
		return "partnerships/opening";
	}

	@PostMapping("/partnerships/{id}/opening/steps/{position}")
	String answer(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int position,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean affirmTenets,
			Model model, RedirectAttributes redirect) {
		try {
			opening.answer(me, id, position, body, affirmTenets);
		} catch (InvalidInputException | ConflictException e) {
			model.addAttribute("body", body);
			model.addAttribute("answerError", e.getMessage());
			model.addAttribute("answerField", e instanceof InvalidInputException i ? i.field() : "body");
			return show(me, id, position, model);
		}
		redirect.addFlashAttribute("flash", new Flash("flash.opening.answered", position));
		return "redirect:/partnerships/" + id + "/opening#step-" + position;
	}

	@PostMapping("/partnerships/{id}/opening/trust")
	String trust(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Trust trust, @RequestParam(required = false) Integer revisitStep,
			@RequestParam(defaultValue = "false") boolean affirmTenets, Model model, RedirectAttributes redirect) {
		PartnershipState before = partnerships.partnership(id).getState();
		PartnershipState state;
		try {
			state = opening.confirmTrust(me, id, trust, revisitStep, affirmTenets);
		} catch (InvalidInputException | ConflictException e) {
			model.addAttribute("trustError", e.getMessage());
			return show(me, id, null, model);
		}
		if (before == PartnershipState.OPENING && state == PartnershipState.ACTIVE) {
			redirect.addFlashAttribute("flash", new Flash("flash.opening.trusted"));
			return "redirect:/partnerships/" + id;
		}
		redirect.addFlashAttribute("flash",
				new Flash(trust == Trust.NOT_YET ? "flash.opening.notYet" : "flash.opening.confirmed"));
		return "redirect:/partnerships/" + id + "/opening"
				+ (trust == Trust.NOT_YET && revisitStep != null ? "?step=" + revisitStep + "#answer" : "");
	}
}
