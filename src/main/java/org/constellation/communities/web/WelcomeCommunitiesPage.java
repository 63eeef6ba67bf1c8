package org.constellation.communities.web;

import org.constellation.communities.CommunityMatches;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.MembershipStatus;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.ProfileService;
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
 * The last step of the welcome after signing up: the communities that share the
 * concerns just chosen, each with its own line on why one is here and a button
 * to join it (or ask to, where its conveners let people in), and the
 * communities one is in or waits for. Joining here is joining as on the
 * community's page ({@link MembershipService#join}).
 */
@Controller
class WelcomeCommunitiesPage {

	static final int MATCHES = 8;

	private final CommunityMatches matches;
	private final MembershipService memberships;
	private final ProfileService profiles;
	private final CommunityService communities;

	WelcomeCommunitiesPage(CommunityMatches matches, MembershipService memberships, ProfileService profiles,
			CommunityService communities) {
		this.communities = communities;
		this.matches = matches;
		this.memberships = memberships;
		this.profiles = profiles;
	}

	@GetMapping("/welcome/communities")
	String communities(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		var concerns = profiles.homeProfile(me).concernIds();
		model.addAttribute("section", "communities");
		model.addAttribute("hasConcerns", !concerns.isEmpty());
		model.addAttribute("matches",
				me.practitionerId() == null
						? java.util.List.of()
						: matches.forConcerns(me.practitionerId(), concerns, MATCHES));
		model.addAttribute("mine",
				me.practitionerId() == null ? java.util.List.of() : matches.mine(me.practitionerId()));
		return "communities/welcome";
	}

	@PostMapping("/welcome/communities/{id}")
	String join(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String whyHere, Model model, RedirectAttributes redirect) {
		try {
			var membership = memberships.join(me, id, whyHere);
			redirect.addFlashAttribute("flash", new Flash(
					membership.getStatus() == MembershipStatus.ACTIVE ? "flash.welcome.joined" : "flash.welcome.asked",
					communities.name(id)));
			return "redirect:/welcome/communities";
		} catch (InvalidInputException refused) {
			// the line typed stays, and the refusal is said next to it
			model.addAttribute("refusedId", id);
			model.addAttribute("refusal", refused.getMessage());
			model.addAttribute("typed", whyHere);
			return communities(me, model);
		}
	}
}
