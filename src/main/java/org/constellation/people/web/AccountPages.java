package org.constellation.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page: sign-in email, roles, a new password and personal access
 * tokens for the API.
 */
@Controller
class AccountPages {

	private final People people;

	AccountPages(People people) {
		this.people = people;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("section", "account");
		model.addAttribute("account", people.account(me.accountId()));
		model.addAttribute("tokens", people.tokens(me));
		return "people/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
			Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", people.createToken(me, name));
			return "redirect:/account";
		} catch (InvalidInputException e) {
			model.addAttribute("tokenError", e.getMessage());
			model.addAttribute("tokenName", name);
			return account(me, model);
		}
	}

	/**
	 * A new password ends every other session and revokes every token; this session
	 * stays signed in, under a new id, so that an id seen before the change opens
	 * nothing after it.
	 */
	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			HttpSession session = request.getSession(false);
			people.changePassword(me, currentPassword, newPassword, session == null ? null : session.getId());
		} catch (InvalidInputException e) {
			model.addAttribute("passwordErrorField", e.field());
			model.addAttribute("passwordError", e.getMessage());
			return account(me, model);
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		redirect.addFlashAttribute("flash", new Flash("flash.passwordChanged"));
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		people.revokeToken(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.token.revoked"));
		return "redirect:/account";
	}
}
