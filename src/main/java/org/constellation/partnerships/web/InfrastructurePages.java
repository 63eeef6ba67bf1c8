package org.constellation.partnerships.web;

import org.constellation.partnerships.InfrastructureDraft;
import org.constellation.partnerships.InfrastructureService;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ConflictException;
import org.constellation.shared.web.Flash;
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
 * Where and how the partners meet: the current version, its form, and its
 * history.
 */
@Controller
class InfrastructurePages {

	static final int PAGE_SIZE = 10;

	private final InfrastructureService infrastructure;

	InfrastructurePages(InfrastructureService infrastructure) {
		this.infrastructure = infrastructure;
	}

	@GetMapping("/partnerships/{id}/infrastructure")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		current(infrastructure.current(me, id), model);
		return "partnerships/infrastructure";
	}

	@GetMapping("/partnerships/{id}/infrastructure/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var current = infrastructure.current(me, id);
		var v = current.latest();
		model.addAttribute("form", v == null
				? new InfrastructureDraft("", "", "", "", 0)
				: new InfrastructureDraft(v.getPlace(), v.getLink(), v.getTools(), v.getAgreements(), v.getNumber()));
		current(current, model);
		return "partnerships/infrastructure-form";
	}

	@PostMapping("/partnerships/{id}/infrastructure")
	String edit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") InfrastructureDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> infrastructure.edit(me, id, form))
				.flash(redirect, saved -> new Flash("flash.infrastructure.saved", saved.getNumber()))
				.redirectTo("/partnerships/" + id + "/infrastructure").orShow(refused -> {
					// What was typed stays; the page shows the newest version beside it.
					current(infrastructure.current(me, id), model);
					keepStartingPoint(form.basedOn(), refused instanceof ConflictException, model);
					return "partnerships/infrastructure-form";
				});
	}

	@GetMapping("/partnerships/{id}/infrastructure/history")
	String history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var history = infrastructure.history(me, id, Paging.of(page, PAGE_SIZE).pageable());
		model.addAttribute("history", history);
		model.addAttribute("page", history.versions());
		model.addAttribute("p", history.partnership());
		model.addAttribute("partnerCount", history.partnerCount());
		model.addAttribute("baseUrl", "/partnerships/" + id + "/infrastructure/history");
		return "partnerships/infrastructure-history";
	}

	private static void current(InfrastructureService.Current current, Model model) {
		model.addAttribute("current", current);
		model.addAttribute("v", current.latest());
		model.addAttribute("p", current.partnership());
		model.addAttribute("partnerCount", current.partnerCount());
		model.addAttribute("basedOn", current.number());
	}

	/**
	 * What was typed is kept. After a newer version was saved meanwhile, the form
	 * builds on that one (shown on the page); after any other error it keeps the
	 * version it started from, so a newer save is still noticed.
	 */
	private static void keepStartingPoint(Integer submitted, boolean stale, Model model) {
		if (!stale && submitted != null) {
			model.addAttribute("basedOn", submitted);
		}
	}
}
