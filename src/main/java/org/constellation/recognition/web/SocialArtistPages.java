package org.constellation.recognition.web;

import org.constellation.people.AccountPrincipal;
import org.constellation.recognition.EndorsementDraft;
import org.constellation.recognition.EndorsementService;
import org.constellation.recognition.Footprint;
import org.constellation.recognition.SocialArtists;
import org.constellation.recognition.SupportKind;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
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
 * Social artists and their footprints, endorsing them, and the recognition page
 * of recent endorsements.
 */
@Controller
class SocialArtistPages {

	static final int ENDORSEMENTS_PAGE = 20;

	record EndorseForm(String note, String support, SupportKind supportKind) {
	}

	private final SocialArtists artists;
	private final EndorsementService endorsements;

	SocialArtistPages(SocialArtists artists, EndorsementService endorsements) {
		this.artists = artists;
		this.endorsements = endorsements;
	}

	@GetMapping("/social-artists")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "social-artists");
		model.addAttribute("page", artists.list(Paging.of(page, SocialArtists.PAGE_SIZE).pageable()));
		model.addAttribute("baseUrl", "/social-artists");
		return "recognition/social-artists";
	}

	@GetMapping("/social-artists/{id}")
	String artist(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EndorseForm("", "", null));
		}
		return show(me, id, model);
	}

	private String show(AccountPrincipal me, long id, Model model) {
		Footprint footprint = artists.footprint(id);
		model.addAttribute("section", "social-artists");
		model.addAttribute("artist", footprint);
		model.addAttribute("endorsements", endorsements.of(me, id, Paging.first(100)).getContent());
		model.addAttribute("mayEndorse", EndorsementService.mayEndorse(me));
		model.addAttribute("seesPeople", me.seesPeople());
		model.addAttribute("supportKinds", SupportKind.values());
		return "recognition/social-artist";
	}

	@PostMapping("/social-artists/{id}/endorsements")
	String endorse(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") EndorseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms
				.submit(errors,
						() -> endorsements.endorse(me,
								new EndorsementDraft(id, form.note(), form.support(), form.supportKind())))
				.flash(redirect, done -> new Flash("recognition.flash.endorsed", artists.footprint(id).displayName()))
				.redirectTo("/social-artists/" + id + "#endorsements").orShow(() -> show(me, id, model));
	}

	@PostMapping("/endorsements/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam long socialArtistId, RedirectAttributes redirect) {
		endorsements.withdraw(me, id);
		redirect.addFlashAttribute("flash", new Flash("recognition.flash.withdrawn"));
		return "redirect:/social-artists/" + socialArtistId + "#endorsements";
	}

	@GetMapping("/recognition")
	String recognition(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("section", "social-artists");
		model.addAttribute("page", endorsements.recent(me, Paging.of(page, ENDORSEMENTS_PAGE).pageable()));
		model.addAttribute("baseUrl", "/recognition");
		return "recognition/recognition";
	}
}
