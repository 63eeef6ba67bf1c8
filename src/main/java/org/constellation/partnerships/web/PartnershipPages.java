package org.constellation.partnerships.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityService;
import org.constellation.partnerships.OpeningService;
import org.constellation.partnerships.PartnershipDraft;
import org.constellation.partnerships.PartnershipExport;
import org.constellation.partnerships.PartnershipSection;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.PartnershipState;
import org.constellation.partnerships.PartnershipView;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.FormErrors;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.springframework.http.ResponseEntity;
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
 * Your partnerships, proposing one, a partnership's overview (invitations,
 * requests, who is in, what comes next), and its closing round.
 */
@Controller
class PartnershipPages {

	private final PartnershipService partnerships;
	private final OpeningService opening;
	private final PartnershipExport export;
	private final CommunityService communities;
	private final Portfolio portfolio;
	private final People people;
	private final List<PartnershipSection> sections;

	PartnershipPages(PartnershipService partnerships, OpeningService opening, PartnershipExport export,
			CommunityService communities, Portfolio portfolio, People people, List<PartnershipSection> sections) {
		this.partnerships = partnerships;
		this.opening = opening;
		this.export = export;
		this.communities = communities;
		this.portfolio = portfolio;
		this.people = people;
		this.sections = sections.stream().sorted(Comparator.comparingInt(PartnershipSection::order)).toList();
	}

	@ModelAttribute("section")
	String section() {
		return "partnerships";
	}

	@GetMapping("/partnerships")
	String mine(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		var all = partnerships.mine(me);
		model.addAttribute("invitations", all.stream()
				.filter(s -> s.myStatus() == org.constellation.partnerships.PartnerStatus.INVITED).toList());
		model.addAttribute("asking", all.stream()
				.filter(s -> s.myStatus() == org.constellation.partnerships.PartnerStatus.REQUESTED).toList());
		model.addAttribute("current",
				all.stream().filter(s -> s.myStatus() == org.constellation.partnerships.PartnerStatus.ACTIVE
						&& s.partnership().getState() != PartnershipState.CLOSED).toList());
		model.addAttribute("closed",
				all.stream().filter(s -> s.myStatus() == org.constellation.partnerships.PartnerStatus.ACTIVE
						&& s.partnership().getState() == PartnershipState.CLOSED).toList());
		var open = partnerships.openToRequests(me, Paging.of(page, 10).pageable());
		model.addAttribute("open", open);
		model.addAttribute("baseUrl", "/partnerships");
		return "partnerships/list";
	}

	@GetMapping("/partnerships/new")
	String proposeForm(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) Long communityId,
			Model model) {
		model.addAttribute("form", ProposalForm.blank(communityId));
		return form(me, model);
	}

	@PostMapping("/partnerships")
	String propose(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") ProposalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		people.requirePractitioner(me);
		if (form.focus() == null || form.focus().isBlank()) {
			errors.rejectValue("focus", "required", "Say in a line what the partnership is about");
		} else if (form.focus().strip().length() > 300) {
			errors.rejectValue("focus", "size", "Keep the focus under 300 characters");
		}
		if (form.context() != null && form.context().length() > 4000) {
			errors.rejectValue("context", "size", "Keep this under 4,000 characters");
		}
		// the same answer whether or not an address has an account: the form tells
		// nobody who uses Constellation
		List<String> addresses = form.inviteeEmails().stream().filter(e -> e != null && !e.isBlank()).map(String::strip)
				.distinct().toList();
		return Forms
				.submit(errors, () -> partnerships.proposeToAddresses(me,
						new PartnershipDraft(form.focus(), form.context(), List.copyOf(form.issueIds()), List.of(),
								form.communityId(), form.openToRequests(), form.scriptId()),
						addresses))
				.flash(redirect, p -> new Flash("flash.partnership.proposed", addresses.size()))
				.redirectTo(p -> "/partnerships/" + p.getId())
				// the service speaks of the invitees, which the form takes as addresses
				.onRefusal(e -> {
					if (e instanceof InvalidInputException invalid && "invitees".equals(invalid.field())) {
						errors.rejectValue("inviteeEmails", "rule", e.getMessage());
					} else {
						FormErrors.reject(errors, e);
					}
				}).orShow(() -> form(me, model));
	}

	private String form(AccountPrincipal me, Model model) {
		model.addAttribute("issues", portfolio.issues());
		model.addAttribute("communities", communities.mine(me));
		model.addAttribute("scripts", opening.scripts());
		return "partnerships/new";
	}

	@GetMapping("/partnerships/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PartnershipView v = partnerships.view(me, id);
		model.addAttribute("v", v);
		model.addAttribute("p", v.partnership());
		if (v.standing().isPartner()) {
			model.addAttribute("sections", sections.stream().map(s -> s.asModel(id, v.standing(), me)).toList());
		} else {
			model.addAttribute("sections", List.<Map<String, Object>>of());
		}
		return "partnerships/show";
	}

	@PostMapping("/partnerships/{id}/accept")
	String accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, "flash.partnership.accepted", () -> partnerships.accept(me, id));
	}

	@PostMapping("/partnerships/{id}/decline")
	String decline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		partnerships.decline(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.partnership.declined"));
		return "redirect:/partnerships";
	}

	@PostMapping("/partnerships/{id}/requests")
	String requestToJoin(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
		return act(redirect, id, "flash.partnership.asked", () -> partnerships.requestToJoin(me, id, message));
	}

	@PostMapping("/partnerships/{id}/requests/{practitionerId}")
	String decideRequest(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId, @RequestParam boolean approve, RedirectAttributes redirect) {
		return act(redirect, id, approve ? "flash.partnership.welcomed" : "flash.partnership.requestDeclined", () -> {
			if (approve) {
				partnerships.approveRequest(me, id, practitionerId);
			} else {
				partnerships.declineRequest(me, id, practitionerId);
			}
		});
	}

	@PostMapping("/partnerships/{id}/invitations")
	String invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		return act(redirect, id, "flash.partnership.invited", () -> partnerships.inviteByAddress(me, id, email));
	}

	@PostMapping("/partnerships/{id}/open-to-requests")
	String openToRequests(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam boolean open, RedirectAttributes redirect) {
		return act(redirect, id, open ? "flash.partnership.open" : "flash.partnership.closedToRequests",
				() -> partnerships.setOpenToRequests(me, id, open));
	}

	@PostMapping("/partnerships/{id}/begin-opening")
	String beginOpening(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			RedirectAttributes redirect) {
		String to = act(redirect, id, "flash.partnership.openingBegins", () -> partnerships.beginOpening(me, id));
		return redirect.getFlashAttributes().containsKey("problem") ? to : to + "/opening";
	}

	@PostMapping("/partnerships/{id}/pause")
	String pause(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, "flash.partnership.paused", () -> partnerships.pause(me, id));
	}

	@PostMapping("/partnerships/{id}/resume")
	String resume(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, "flash.partnership.resumed", () -> partnerships.resume(me, id));
	}

	@GetMapping("/partnerships/{id}/leave")
	String leaveForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PartnershipView v = partnerships.view(me, id);
		if (!v.standing().isPartner()) {
			throw new org.constellation.shared.NotFoundException("Partnership " + id);
		}
		model.addAttribute("v", v);
		model.addAttribute("p", v.partnership());
		return "partnerships/leave";
	}

	@PostMapping("/partnerships/{id}/leave")
	String leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		partnerships.leave(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.partnership.left"));
		return "redirect:/partnerships";
	}

	@GetMapping("/partnerships/{id}/closing")
	String closing(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var takeaways = partnerships.takeaways(me, id);
		PartnershipView v = partnerships.view(me, id);
		model.addAttribute("v", v);
		model.addAttribute("p", v.partnership());
		model.addAttribute("takeaways", takeaways);
		model.addAttribute("mine", takeaways.stream().filter(t -> t.practitionerId() == me.practitionerId()).findFirst()
				.map(t -> t.takeaway()).orElse(""));
		model.addAttribute("waiting", takeaways.stream().filter(t -> !t.isWritten()).count());
		model.addAttribute("mayWrite", partnerships.mayWriteTakeaway(me, id));
		return "partnerships/closing";
	}

	@PostMapping("/partnerships/{id}/closing")
	String takeaway(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String takeaway, Model model, RedirectAttributes redirect) {
		try {
			partnerships.writeTakeaway(me, id, takeaway);
		} catch (InvalidInputException e) {
			closing(me, id, model);
			model.addAttribute("mine", takeaway);
			model.addAttribute("takeawayError", e.getMessage());
			return "partnerships/closing";
		}
		redirect.addFlashAttribute("flash", new Flash("flash.partnership.takeaway"));
		return "redirect:/partnerships/" + id + "/closing";
	}

	@PostMapping("/partnerships/{id}/close")
	String close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		String to = act(redirect, id, "flash.partnership.closed", () -> partnerships.close(me, id));
		return to + "/closing";
	}

	@GetMapping("/partnerships/{id}/export.json")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return ResponseEntity.ok()
				.header("Content-Disposition", "attachment; filename=\"partnership-" + id + "-mine.json\"")
				.body(export.mine(me, id));
	}

	/**
	 * Runs a one-button action; a rule that refuses it comes back as a message on
	 * the partnership's page, with nothing changed.
	 */
	private static String act(RedirectAttributes redirect, long id, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", new Flash(flash));
		} catch (InvalidInputException | org.constellation.shared.ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/partnerships/" + id;
	}
}
