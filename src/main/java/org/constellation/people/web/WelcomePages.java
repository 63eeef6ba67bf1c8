package org.constellation.people.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Practitioner;
import org.constellation.people.ProfileDraft;
import org.constellation.people.ProfileService;
import org.constellation.portfolio.PlaceChoice;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.TimeZoneGroups;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The short welcome after signing up, in three steps that each may be left for
 * later: the essentials of a profile (the name shown, the place one works in,
 * one's role, the time zone), the issues one cares about, then the communities
 * that share them (a page of the communities module). Each step changes only
 * its own part of the profile, and stays reachable from home while someone is
 * new.
 */
@Controller
class WelcomePages {

	/** Step 1: what others see first. */
	record Essentials(String displayName, Long homePlaceId, Set<Long> stakeholderGroupIds, String timeZone) {

		Essentials {
			stakeholderGroupIds = stakeholderGroupIds == null ? Set.of() : stakeholderGroupIds;
		}
	}

	/** Step 2: the issues one cares about. */
	record Concerns(Set<Long> concernIds) {

		Concerns {
			concernIds = concernIds == null ? Set.of() : concernIds;
		}
	}

	private final ProfileService profiles;
	private final Portfolio portfolio;
	private final Validator validator;
	private final Clock clock;

	WelcomePages(ProfileService profiles, Portfolio portfolio, Validator validator, Clock clock) {
		this.profiles = profiles;
		this.portfolio = portfolio;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/welcome")
	String start() {
		return "redirect:/welcome/profile";
	}

	@GetMapping("/welcome/profile")
	String essentials(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Practitioner p = profiles.myProfile(me);
		model.addAttribute("form",
				new Essentials(p.getDisplayName(), p.getHomePlaceId(), p.getStakeholderGroupIds(), p.getTimeZone()));
		return essentialsPage(model);
	}

	@PostMapping("/welcome/profile")
	String saveEssentials(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") Essentials form,
			BindingResult errors, @RequestParam(required = false) String homePlaceIdWhere, Model model,
			RedirectAttributes redirect) {
		PlaceChoice home = portfolio.choosePlace(form.homePlaceId(), homePlaceIdWhere).refusedInto(errors,
				"homePlaceId");
		model.addAttribute("homePlace", home);
		ProfileDraft current = ProfileDraft.of(profiles.myProfile(me));
		ProfileDraft draft = new ProfileDraft(form.displayName(), form.stakeholderGroupIds(), current.affiliations(),
				home.chosenId(), current.practiceContext(), current.expertise(), current.concernIds(),
				current.languages(), form.timeZone(), current.availability(), current.openToPartnership(),
				current.partnershipCapacity(), null);
		check(draft, errors);
		return Forms.submit(errors, () -> profiles.updateProfile(me, draft))
				.flash(redirect, new Flash("flash.welcome.profile")).redirectTo("/welcome/concerns")
				.orShow(() -> essentialsPage(model));
	}

	@GetMapping("/welcome/concerns")
	String concerns(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("form", new Concerns(profiles.myProfile(me).getConcernIds()));
		return concernsPage(model);
	}

	@PostMapping("/welcome/concerns")
	String saveConcerns(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") Concerns form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProfileDraft current = ProfileDraft.of(profiles.myProfile(me));
		ProfileDraft draft = new ProfileDraft(current.displayName(), current.stakeholderGroupIds(),
				current.affiliations(), current.homePlaceId(), current.practiceContext(), current.expertise(),
				form.concernIds(), current.languages(), current.timeZone(), current.availability(),
				current.openToPartnership(), current.partnershipCapacity(), null);
		check(draft, errors);
		return Forms.submit(errors, () -> profiles.updateProfile(me, draft))
				.flash(redirect, new Flash("flash.welcome.concerns")).redirectTo("/welcome/communities")
				.orShow(() -> concernsPage(model));
	}

	private void check(ProfileDraft draft, BindingResult errors) {
		for (ConstraintViolation<ProfileDraft> v : validator.validate(draft)) {
			String field = v.getPropertyPath().iterator().next().getName();
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "invalid", v.getMessage());
			}
		}
	}

	private String essentialsPage(Model model) {
		model.addAttribute("section", "profile");
		model.addAttribute("groups", portfolio.activeStakeholderGroups());
		Essentials form = (Essentials) model.getAttribute("form");
		if (!model.containsAttribute("homePlace")) {
			model.addAttribute("homePlace", portfolio.choosePlace(form.homePlaceId(), null));
		}
		String chosen = form.timeZone();
		try {
			java.time.ZoneId.of(chosen);
		} catch (RuntimeException notAZone) {
			chosen = null;
		}
		model.addAttribute("chosenZone", chosen);
		model.addAttribute("zones", TimeZoneGroups.of((String) model.getAttribute("zone"), chosen, clock.instant()));
		return "people/welcome-profile";
	}

	private String concernsPage(Model model) {
		model.addAttribute("section", "profile");
		model.addAttribute("issues", portfolio.issues());
		return "people/welcome-concerns";
	}
}
