package org.constellation.people.web;

import java.util.EnumSet;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stewards give accounts their roles. */
@Controller
class StewardPages {

	private final People people;

	StewardPages(People people) {
		this.people = people;
	}

	@GetMapping("/steward/accounts")
	String accounts(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("page", people.accounts(PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("roles", Role.values());
		return "people/steward-accounts";
	}

	@PostMapping("/steward/accounts/{id}/roles")
	String roles(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		try {
			var account = people.changeRoles(me, id, roles == null ? EnumSet.noneOf(Role.class) : roles);
			redirect.addFlashAttribute("flash", new Flash("flash.roles.saved", account.getEmail()));
		} catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/steward/accounts?page=" + page;
	}
}
