package org.constellation.journeys.web;

import org.constellation.journeys.BewildermentDraft;
import org.constellation.journeys.JournalService;
import org.constellation.journeys.RevisitDraft;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.FormErrors;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
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
 * What bewilders a person: noting it, coming back to it, settling it for now.
 */
@Controller
class BewildermentPages {

	static final int PAGE_SIZE = 10;

	private final JournalService journal;

	BewildermentPages(JournalService journal) {
		this.journal = journal;
	}

	@GetMapping("/journey/bewilderments")
	String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", TextForm.blank());
		return listPage(me, page, model);
	}

	@PostMapping("/journey/bewilderments")
	String note(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") TextForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> journal.note(me, new BewildermentDraft(form.text())))
				.flash(redirect, new Flash("flash.bewilderment.noted"))
				.redirectTo(b -> "/journey/bewilderments/" + b.getId())
				.onRefusal(e -> FormErrors.reject(errors, field(e))).orShow(() -> listPage(me, 0, model));
	}

	private String listPage(AccountPrincipal me, int page, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("page", journal.bewilderments(me, Paging.of(page, PAGE_SIZE).pageable()));
		return "journeys/bewilderments";
	}

	@GetMapping("/journey/bewilderments/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", TextForm.blank());
		return showPage(me, id, model);
	}

	@PostMapping("/journey/bewilderments/{id}/revisits")
	String revisit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") TextForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> journal.revisit(me, id, new RevisitDraft(form.text())))
				.flash(redirect, new Flash("flash.bewilderment.revisited")).redirectTo("/journey/bewilderments/" + id)
				.onRefusal(e -> FormErrors.reject(errors, field(e))).orShow(() -> showPage(me, id, model));
	}

	@PostMapping("/journey/bewilderments/{id}/settle")
	String settle(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		journal.settle(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.bewilderment.settled"));
		return "redirect:/journey/bewilderments/" + id;
	}

	@PostMapping("/journey/bewilderments/{id}/reopen")
	String reopen(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		journal.reopen(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.bewilderment.reopened"));
		return "redirect:/journey/bewilderments/" + id;
	}

	private String showPage(AccountPrincipal me, long id, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("b", journal.bewildermentWithRevisits(me, id));
		return "journeys/bewilderment";
	}

	/** The form has one field, "text"; the service names it "text" or "note". */
	private static RuntimeException field(RuntimeException e) {
		if (e instanceof org.constellation.shared.InvalidInputException invalid && invalid.field() != null) {
			return new org.constellation.shared.InvalidInputException("text", invalid.getMessage());
		}
		return e;
	}
}
