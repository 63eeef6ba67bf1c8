package org.constellation.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.constellation.people.AccountService;
import org.constellation.people.NewAccountSignIn;
import org.constellation.people.PasswordService;
import org.constellation.people.SignUpDraft;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in and up, and choosing a new password from a link sent by mail. */
@Controller
class AuthPages {

	private final AccountService accounts;
	private final PasswordService passwords;
	private final NewAccountSignIn signIn;

	AuthPages(AccountService accounts, PasswordService passwords, NewAccountSignIn signIn) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.signIn = signIn;
	}

	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		if (refusedByRateLimit(request, model)) {
			model.addAttribute("keptEmail", request.getParameter("username"));
		}
		return "people/sign-in";
	}

	@GetMapping("/sign-up")
	String signUp(HttpServletRequest request, Model model) {
		model.addAttribute("form",
				refusedByRateLimit(request, model)
						? new SignUpDraft(request.getParameter("email"), request.getParameter("displayName"), "",
								request.getParameter("timeZone"))
						: new SignUpDraft("", "", "", ""));
		return "people/sign-up";
	}

	/**
	 * Whether this is a form the rate limit refused (it has answered 429 with
	 * Retry-After and shows the form again through this page): then the page says
	 * when to try again, and keeps what was typed, never the password.
	 */
	private static boolean refusedByRateLimit(HttpServletRequest request, Model model) {
		Object minutes = request.getAttribute("constellation.limits.minutes");
		if (minutes == null) {
			return false;
		}
		model.addAttribute("tooManyMinutes", minutes);
		return true;
	}

	/**
	 * A new account is signed in at once and starts the short welcome: profile
	 * essentials, concerns, communities to join.
	 */
	@PostMapping("/sign-up")
	String signUp(@Valid @ModelAttribute("form") SignUpDraft form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> signIn.signIn(accounts.signUp(form), request, response))
				.flash(redirect, new Flash("flash.signedUp")).redirectTo("/welcome/profile")
				.orShow(() -> "people/sign-up");
	}

	@GetMapping("/password-reset")
	String requestReset(HttpServletRequest request, Model model) {
		if (refusedByRateLimit(request, model)) {
			model.addAttribute("email", request.getParameter("email"));
		}
		return "people/password-reset-request";
	}

	@PostMapping("/password-reset")
	String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.isBlank() || !email.contains("@")) {
			model.addAttribute("emailError", "Enter the email address you signed up with");
			model.addAttribute("email", email);
			return "people/password-reset-request";
		}
		passwords.requestPasswordReset(email);
		model.addAttribute("sent", true);
		return "people/password-reset-request";
	}

	record NewPassword(
			@NotBlank(message = "{signup.password.required}") @Size(min = 10, max = 200, message = "{signup.password.length}") String password) {
	}

	@GetMapping("/password-reset/{token}")
	String chooseNewPassword(@PathVariable String token, Model model) {
		model.addAttribute("usable", passwords.isResetLinkUsable(token));
		model.addAttribute("token", token);
		model.addAttribute("form", new NewPassword(""));
		return "people/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String chooseNewPassword(@PathVariable String token, @Valid @ModelAttribute("form") NewPassword form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		return Forms.submit(errors, () -> passwords.resetPassword(token, form.password()))
				.flash(redirect, new Flash("flash.passwordReset")).redirectTo("/sign-in")
				// the page says the link cannot be used (any more) rather than naming a field
				.onRefusal(e -> {
					if (!(e instanceof InvalidInputException)) {
						throw e;
					}
				}).orShow(refused -> {
					model.addAttribute("usable", refused == null);
					return "people/password-reset";
				});
	}
}
