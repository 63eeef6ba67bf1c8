package org.constellation.partnerships.web;

import org.constellation.partnerships.FrameDraft;
import org.constellation.partnerships.FrameService;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ConflictException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
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
 * Frames of reference in a partnership's space: everyone's latest, one
 * partner's history, two versions compared, and the form for one's own.
 */
@Controller
class FramePages {

	private final FrameService frames;

	FramePages(FrameService frames) {
		this.frames = frames;
	}

	@GetMapping("/partnerships/{id}/frames")
	String board(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var board = frames.board(me, id);
		var mine = board.mine().latest();
		model.addAttribute("form",
				mine == null ? new FrameDraft("", 0) : new FrameDraft(mine.getBody(), mine.getNumber()));
		return board(board, model);
	}

	@PostMapping("/partnerships/{id}/frames")
	String write(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") FrameDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> frames.write(me, id, form))
				.flash(redirect, saved -> new Flash("flash.frame.saved", saved.getNumber()))
				.redirectTo("/partnerships/" + id + "/frames").orShow(refused -> {
					// What was typed stays; the page shows the newest version above the form.
					String page = board(frames.board(me, id), model);
					keepStartingPoint(form.basedOn(), refused instanceof ConflictException, model);
					return page;
				});
	}

	private String board(FrameService.Board board, Model model) {
		model.addAttribute("board", board);
		model.addAttribute("p", board.partnership());
		model.addAttribute("partnerCount", board.partners().size());
		var latest = board.mine().latest();
		model.addAttribute("basedOn", latest == null ? 0 : latest.getNumber());
		return "partnerships/frames";
	}

	@GetMapping("/partnerships/{id}/frames/{practitionerId}")
	String history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId, Model model) {
		var history = frames.history(me, id, practitionerId);
		model.addAttribute("history", history);
		model.addAttribute("p", history.partnership());
		model.addAttribute("partnerCount", history.partnerCount());
		return "partnerships/frames-history";
	}

	@GetMapping("/partnerships/{id}/frames/compare")
	String compare(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam long from,
			@RequestParam long to, Model model) {
		var comparison = frames.compare(me, id, from, to);
		model.addAttribute("c", comparison);
		model.addAttribute("p", comparison.partnership());
		model.addAttribute("partnerCount", comparison.partnerCount());
		return "partnerships/frames-compare";
	}

	/**
	 * What was typed is kept. After a newer version was saved meanwhile, the form
	 * builds on that one (shown on the page); after any other error it keeps the
	 * version it started from, so a newer save is still noticed.
	 */
	private static void keepStartingPoint(Integer submitted, boolean stale, Model model) {
		if (!stale && submitted != null) {
			model.addAttribute("basedOn", submitted);
		}
	}
}
