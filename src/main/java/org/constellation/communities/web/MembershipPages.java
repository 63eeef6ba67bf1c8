package org.constellation.communities.web;

import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.ConvenerService;
import org.constellation.communities.InvitationService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Participation;
import org.constellation.communities.Stage;
import org.constellation.communities.StageChange;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member directory of a community and what conveners do to welcome people:
 * answer requests, invite, share convening, move the life-cycle stage.
 */
@Controller
class MembershipPages {

	private final CommunityService communities;
	private final MembershipService memberships;
	private final InvitationService invitations;
	private final ConvenerService conveners;
	private final CommunityAccess access;

	MembershipPages(CommunityService communities, MembershipService memberships, InvitationService invitations,
			ConvenerService conveners, CommunityAccess access) {
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.conveners = conveners;
		this.access = access;
	}

	@GetMapping("/communities/{id}/members")
	String members(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Participation participation, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var members = memberships.members(me, id, participation, Paging.of(page, 30).pageable());
		model.addAttribute("section", "communities");
		model.addAttribute("c", communities.view(id));
		model.addAttribute("standing", access.standing(me, id));
		model.addAttribute("page", members);
		model.addAttribute("members", members.getContent());
		model.addAttribute("participation", participation);
		model.addAttribute("participations", Participation.values());
		model.addAttribute("baseUrl",
				"/communities/" + id + "/members" + (participation == null ? "" : "?participation=" + participation));
		return "communities/members";
	}

	@GetMapping("/communities/{id}/requests")
	String requests(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("section", "communities");
		model.addAttribute("requests", memberships.pendingRequests(me, id));
		model.addAttribute("c", communities.view(id));
		return "communities/requests";
	}

	@PostMapping("/communities/{id}/requests/{practitionerId}")
	String decide(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId, @RequestParam String decision, RedirectAttributes redirect) {
		boolean approve = decision.equals("approve");
		memberships.decide(me, id, practitionerId, approve);
		redirect.addFlashAttribute("flash",
				new Flash(approve ? "flash.community.approved" : "flash.community.declined"));
		return "redirect:/communities/" + id + "/requests";
	}

	@PostMapping("/communities/{id}/invitations")
	String invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		try {
			invitations.invite(me, id, email);
			redirect.addFlashAttribute("flash", new Flash("flash.community.invited", email.strip()));
		} catch (InvalidInputException e) {
			redirect.addFlashAttribute("inviteProblem", e.getMessage());
			redirect.addFlashAttribute("inviteEmail", email);
		}
		return "redirect:/communities/" + id + "/requests#invite";
	}

	@PostMapping("/communities/{id}/conveners")
	String appoint(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam long practitionerId, RedirectAttributes redirect) {
		conveners.appointConvener(me, id, practitionerId);
		redirect.addFlashAttribute("flash", new Flash("flash.community.convenerAdded"));
		return "redirect:/communities/" + id + "/members";
	}

	@PostMapping("/communities/{id}/conveners/step-down")
	String stepDown(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		conveners.stepDownAsConvener(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.community.steppedDown"));
		return "redirect:/communities/" + id;
	}

	@GetMapping("/communities/{id}/stage")
	String stage(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var standing = access.standing(me, id);
		var history = standing.canRead() ? communities.stageHistory(me, id) : java.util.List.<StageChange>of();
		model.addAttribute("section", "communities");
		model.addAttribute("c", communities.view(id));
		model.addAttribute("standing", standing);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("history", history);
		model.addAttribute("names", communities.changedByNames(history));
		return "communities/stage";
	}

	@PostMapping("/communities/{id}/stage")
	String changeStage(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam Stage stage,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		communities.changeStage(me, id, stage, note);
		redirect.addFlashAttribute("flash", new Flash("flash.community.stage"));
		return "redirect:/communities/" + id + "/stage";
	}

	@GetMapping("/communities/invitations/{secret}")
	String invitation(@PathVariable String secret, Model model) {
		model.addAttribute("section", "communities");
		model.addAttribute("c", communities.view(invitations.invitationCommunity(secret).getId()));
		model.addAttribute("secret", secret);
		return "communities/invitation";
	}

	@PostMapping("/communities/invitations/{secret}")
	String accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String secret,
			@RequestParam(defaultValue = "") String whyHere, RedirectAttributes redirect) {
		long id = invitations.acceptInvitation(me, secret, whyHere).getCommunityId();
		redirect.addFlashAttribute("flash", new Flash("flash.community.joined"));
		return "redirect:/communities/" + id;
	}
}
