package org.constellation.people.web;

import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.DoNotMatchService;
import org.constellation.people.People;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in practitioner's own "do not match me with" list. The page only
 * ever shows the reader's own list.
 */
@Controller
class DoNotMatchPages {

	/** Someone to add, chosen by the email they use, as invitations are. */
	record DoNotMatchForm(String email) {
	}

	private final People people;
	private final DoNotMatchService doNotMatch;

	DoNotMatchPages(People people, DoNotMatchService doNotMatch) {
		this.people = people;
		this.doNotMatch = doNotMatch;
	}

	@GetMapping("/profile/do-not-match")
	String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("form", new DoNotMatchForm(""));
		return page(me, model);
	}

	@PostMapping("/profile/do-not-match")
	String add(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") DoNotMatchForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.rejectValue("email", "doNotMatch.email.required");
			return page(me, model);
		}
		var other = people.practitionerIdByEmail(email);
		if (other.isEmpty()) {
			errors.rejectValue("email", "doNotMatch.email.unknown", new Object[]{email}, null);
			return page(me, model);
		}
		return Forms.submit(errors, () -> doNotMatch.addDoNotMatch(me, other.get()))
				.flash(redirect, wish -> new Flash("flash.doNotMatch.added", wish.displayName()))
				.redirectTo("/profile/do-not-match")
				// the rule speaks of the person chosen, who was chosen here by email
				.onRefusal(e -> errors.rejectValue("email", "rule", e.getMessage())).orShow(() -> page(me, model));
	}

	@PostMapping("/profile/do-not-match/{practitionerId}/remove")
	String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long practitionerId,
			RedirectAttributes redirect) {
		String name = people.displayNames(List.of(practitionerId)).get(practitionerId);
		doNotMatch.removeDoNotMatch(me, practitionerId);
		redirect.addFlashAttribute("flash", new Flash("flash.doNotMatch.removed", name));
		return "redirect:/profile/do-not-match";
	}

	private String page(AccountPrincipal me, Model model) {
		model.addAttribute("section", "profile");
		model.addAttribute("wishes", doNotMatch.doNotMatchWishes(me));
		model.addAttribute("limit", DoNotMatchService.DO_NOT_MATCH_LIMIT);
		return "people/do-not-match";
	}
}
