package org.constellation.communities.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.constellation.communities.Activity;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunitySection;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.ConvenerService;
import org.constellation.communities.InvitationService;
import org.constellation.communities.JoinPolicy;
import org.constellation.communities.Membership;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Participation;
import org.constellation.communities.Stage;
import org.constellation.communities.Standing;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.portfolio.PlaceChoice;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.constellation.shared.web.StaleEdit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Communities: browsing, convening step by step, a community's home, joining
 * and leaving, and how each member takes part.
 */
@Controller
class CommunityPages {

	private final CommunityService communities;
	private final MembershipService memberships;
	private final InvitationService invitations;
	private final ConvenerService conveners;
	private final CommunityAccess access;
	private final Portfolio portfolio;
	private final List<CommunitySection> sections;

	CommunityPages(CommunityService communities, MembershipService memberships, InvitationService invitations,
			ConvenerService conveners, CommunityAccess access, Portfolio portfolio, List<CommunitySection> sections) {
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.conveners = conveners;
		this.access = access;
		this.portfolio = portfolio;
		this.sections = sections.stream().sorted(Comparator.comparingInt(CommunitySection::order)).toList();
	}

	@GetMapping("/communities")
	String browse(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long issue, @RequestParam(required = false) Long level,
			@RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<CommunityView> found = communities.browse(new CommunityQuery(q, issue, level, stage),
				Paging.of(page, 20).pageable(Sort.by(Sort.Direction.DESC, "lastActivityAt")));
		model.addAttribute("section", "communities");
		model.addAttribute("page", found);
		model.addAttribute("found", found.getContent());
		model.addAttribute("q", q);
		model.addAttribute("issue", issue);
		model.addAttribute("level", level);
		model.addAttribute("stage", stage);
		model.addAttribute("issues", portfolio.issueChoices());
		model.addAttribute("levels", portfolio.levels());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/communities")
				.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
				.queryParamIfPresent("issue", java.util.Optional.ofNullable(issue))
				.queryParamIfPresent("level", java.util.Optional.ofNullable(level))
				.queryParamIfPresent("stage", java.util.Optional.ofNullable(stage)).build().encode().toUriString());
		if (me.practitionerId() != null) {
			model.addAttribute("mine", communities.mine(me));
			model.addAttribute("invitations", invitations.invitationsFor(me));
		}
		return "communities/list";
	}

	/**
	 * One read-only transaction for the whole page: its sections come from seven
	 * modules, and each read in a transaction of its own cost a connection, a
	 * persistence context and two round trips more, 19 times a page.
	 */
	@GetMapping("/communities/{id}")
	@Transactional(readOnly = true)
	String home(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		CommunityService.Home home = communities.home(me, id);
		Standing standing = home.standing();
		model.addAttribute("section", "communities");
		model.addAttribute("c", home.view());
		model.addAttribute("standing", standing);
		model.addAttribute("participations", Participation.values());
		model.addAttribute("membership", home.membership());
		if (standing.isMember()) {
			model.addAttribute("suggested", memberships.suggestedParticipation(me, id));
		}
		if (standing.canConvene()) {
			model.addAttribute("pending", memberships.pendingRequestCount(id));
		}
		if (standing.canRead()) {
			model.addAttribute("sections", sections.stream().map(s -> s.asModel(id, standing, me)).toList());
		} else {
			model.addAttribute("sections", List.<Map<String, Object>>of());
		}
		return "communities/home";
	}

	// Convening, step by step

	@GetMapping("/communities/new")
	String startConvening(Model model) {
		model.addAttribute("form", new CharterForm("", "", null, null, null, null, null, "", Visibility.PUBLIC,
				JoinPolicy.REQUEST, "", null));
		return stepForm("name", null, model);
	}

	@PostMapping("/communities")
	String convene(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") CharterForm form,
			BindingResult errors, Model model) {
		return Forms.submit(errors, () -> communities.convene(me, form.name(), form.purpose()))
				.redirectTo(community -> "/communities/" + community.getId() + "/charter/concerns")
				.orShow(() -> stepForm("name", null, model));
	}

	@GetMapping("/communities/{id}/charter/{step}")
	String step(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable String step,
			Model model) {
		requireStep(step);
		access.requireConvene(me, id);
		String legitimacy = memberships.membership(me, id).map(Membership::getLegitimacy).orElse("");
		model.addAttribute("form", CharterForm.of(communities.community(id), legitimacy));
		return stepForm(step, id, model);
	}

	@PostMapping("/communities/{id}/charter/{step}")
	String saveStep(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable String step,
			@ModelAttribute("form") CharterForm sent, BindingResult errors,
			@RequestParam(required = false) String placeIdsWhere, @RequestParam(required = false) String addPlace,
			Model model, RedirectAttributes redirect) {
		requireStep(step);
		access.requireConvene(me, id);
		CharterForm form = sent;
		if (step.equals("table")) {
			form = withPlaceTyped(sent, placeIdsWhere, errors, model);
			// the places shown ticked if the step comes back: with the one just added
			model.addAttribute("chosenPlaces", portfolio.placeMatches(form.placeIds()));
			if (addPlace != null) {
				// "Add the place": the step again, nothing saved yet
				return stepForm(step, id, model);
			}
		}
		CharterForm saving = form;
		int next = CharterForm.STEPS.indexOf(step) + 1;
		boolean last = next == CharterForm.STEPS.size();
		Runnable save = step.equals("conveners")
				? () -> conveners.stateLegitimacy(me, id, saving.legitimacy())
				: () -> communities.changeCharter(me, id, saving.draftFor(step, communities.community(id)));
		return Forms.submit(errors, save)
				// the next step follows without a word; the last one says the charter is saved
				.flash(redirect, last ? new Flash("flash.community.charterSaved") : null)
				.redirectTo(
						last ? "/communities/" + id : "/communities/" + id + "/charter/" + CharterForm.STEPS.get(next))
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"Someone else changed the charter meanwhile. Your answers are below: "
								+ "check them against the saved charter and save again.",
						"form", withVersion(saving, communities.community(id).getVersion())))
				.orShow(() -> stepForm(step, id, model));
	}

	/**
	 * The table step's places, with the one typed in its "Add a place" field when
	 * it names one place (or one of the places it could mean is ticked); otherwise
	 * what was typed comes back with the places to choose from, or says that no
	 * place is called that.
	 */
	private CharterForm withPlaceTyped(CharterForm form, String typed, BindingResult errors, Model model) {
		PlaceChoice adding = portfolio.choosePlace(null, typed);
		if (adding.chosenId() != null) {
			return form.withPlace(adding.chosenId());
		}
		boolean pickedAmong = adding.candidates().stream().anyMatch(c -> form.placeIds().contains(c.id()));
		if (!pickedAmong) {
			model.addAttribute("placeToAdd", adding.refusedInto(errors, "placeIds"));
		}
		return form;
	}

	private static CharterForm withVersion(CharterForm f, long version) {
		return new CharterForm(f.name(), f.purpose(), f.issueIds(), f.stakeholderGroupIds(), f.neededLevelIds(),
				f.placeIds(), f.activities(), f.practice(), f.visibility(), f.joinPolicy(), f.legitimacy(), version);
	}

	private static void requireStep(String step) {
		if (!CharterForm.STEPS.contains(step)) {
			throw new NotFoundException("Step " + step);
		}
	}

	private String stepForm(String step, Long id, Model model) {
		model.addAttribute("section", "communities");
		model.addAttribute("step", step);
		model.addAttribute("stepNumber", CharterForm.STEPS.indexOf(step) + 1);
		model.addAttribute("stepCount", CharterForm.STEPS.size());
		model.addAttribute("communityId", id);
		// the form sent back holds only this step's fields: the way back names the
		// community as saved
		model.addAttribute("communityName", id == null ? null : communities.community(id).getName());
		switch (step) {
			case "concerns" -> model.addAttribute("issues", portfolio.issues());
			case "table" -> {
				model.addAttribute("groups", portfolio.activeStakeholderGroups());
				model.addAttribute("levels", portfolio.levels());
				// the places chosen, ticked; more are found by typing their names
				if (!model.containsAttribute("chosenPlaces")) {
					CharterForm shown = (CharterForm) model.getAttribute("form");
					model.addAttribute("chosenPlaces", portfolio.placeMatches(shown.placeIds()));
				}
				if (!model.containsAttribute("placeToAdd")) {
					model.addAttribute("placeToAdd", PlaceChoice.NONE);
				}
			}
			case "practice" -> model.addAttribute("activities", Activity.values());
			case "conveners" -> model.addAttribute("c", communities.view(id));
			case "openness" -> {
				model.addAttribute("visibilities", Visibility.values());
				model.addAttribute("joinPolicies", JoinPolicy.values());
				model.addAttribute("c", communities.view(id));
			}
			default -> {
			}
		}
		return "communities/charter-step";
	}

	// Joining, leaving, taking part

	@PostMapping("/communities/{id}/join")
	String join(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String whyHere, RedirectAttributes redirect) {
		try {
			Membership m = memberships.join(me, id, whyHere);
			redirect.addFlashAttribute("flash", new Flash(switch (m.getStatus()) {
				case ACTIVE -> "flash.community.joined";
				default -> "flash.community.requested";
			}));
		} catch (org.constellation.shared.InvalidInputException e) {
			redirect.addFlashAttribute("joinProblem", e.getMessage());
		}
		return "redirect:/communities/" + id;
	}

	@PostMapping("/communities/{id}/leave")
	String leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		memberships.leave(me, id);
		redirect.addFlashAttribute("flash", new Flash("flash.community.left"));
		return "redirect:/communities/" + id;
	}

	@PostMapping("/communities/{id}/participation")
	String participate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam Participation participation, RedirectAttributes redirect) {
		memberships.participate(me, id, participation);
		redirect.addFlashAttribute("flash", new Flash("flash.community.participation"));
		return "redirect:/communities/" + id;
	}
}
