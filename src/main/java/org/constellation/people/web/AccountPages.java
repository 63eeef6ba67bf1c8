package org.constellation.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.constellation.people.AccessTokenService;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.PasswordService;
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

	private final AccountService accounts;
	private final PasswordService passwords;
	private final AccessTokenService tokens;

	AccountPages(AccountService accounts, PasswordService passwords, AccessTokenService tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("section", "account");
		model.addAttribute("account", accounts.account(me.accountId()));
		model.addAttribute("tokens", tokens.tokens(me));
		return "people/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
			Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", tokens.createToken(me, name));
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
			passwords.changePassword(me, currentPassword, newPassword, session == null ? null : session.getId());
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
		tokens.revokeToken(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.token.revoked"));
		return "redirect:/account";
	}
}
