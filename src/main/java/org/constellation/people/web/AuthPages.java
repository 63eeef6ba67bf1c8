package org.constellation.people.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.constellation.people.People;
import org.constellation.people.SignUpDraft;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.FormErrors;
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

	private final People people;

	AuthPages(People people) {
		this.people = people;
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "people/sign-in";
	}

	@GetMapping("/sign-up")
	String signUp(Model model) {
		model.addAttribute("form", new SignUpDraft("", "", "", ""));
		return "people/sign-up";
	}

	@PostMapping("/sign-up")
	String signUp(@Valid @ModelAttribute("form") SignUpDraft form, BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				people.signUp(form);
				redirect.addFlashAttribute("flash", new Flash("flash.signedUp"));
				return "redirect:/sign-in";
			} catch (RuntimeException e) {
				FormErrors.reject(errors, e);
			}
		}
		return "people/sign-up";
	}

	@GetMapping("/password-reset")
	String requestReset() {
		return "people/password-reset-request";
	}

	@PostMapping("/password-reset")
	String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.isBlank() || !email.contains("@")) {
			model.addAttribute("emailError", "Enter the email address you signed up with");
			model.addAttribute("email", email);
			return "people/password-reset-request";
		}
		people.requestPasswordReset(email);
		model.addAttribute("sent", true);
		return "people/password-reset-request";
	}

	record NewPassword(
			@NotBlank(message = "{signup.password.required}") @Size(min = 10, max = 200, message = "{signup.password.length}") String password) {
	}

	@GetMapping("/password-reset/{token}")
	String chooseNewPassword(@PathVariable String token, Model model) {
		model.addAttribute("usable", people.isResetLinkUsable(token));
		model.addAttribute("token", token);
		model.addAttribute("form", new NewPassword(""));
		return "people/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String chooseNewPassword(@PathVariable String token, @Valid @ModelAttribute("form") NewPassword form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		if (!errors.hasErrors()) {
			try {
				people.resetPassword(token, form.password());
				redirect.addFlashAttribute("flash", new Flash("flash.passwordReset"));
				return "redirect:/sign-in";
			} catch (InvalidInputException e) {
				model.addAttribute("usable", false);
				return "people/password-reset";
			}
		}
		model.addAttribute("usable", true);
		return "people/password-reset";
	}
}
