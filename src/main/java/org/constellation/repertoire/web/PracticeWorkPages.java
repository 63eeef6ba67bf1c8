package org.constellation.repertoire.web;

import org.constellation.people.AccountPrincipal;
import org.constellation.repertoire.PracticeWorkDraft;
import org.constellation.repertoire.PracticeWorkOutputDraft;
import org.constellation.repertoire.PracticeWorkService;
import org.constellation.repertoire.PracticeWorkStatus;
import org.constellation.repertoire.PracticeWorkView;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.constellation.shared.web.StaleEdit;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.util.UriComponentsBuilder;

/** A community's practice work: the list, proposing, and each piece of work. */
@Controller
class PracticeWorkPages {

	static final int PAGE_SIZE = 20;

	record WorkForm(String title, String goal, PracticeWorkStatus status, Long version) {
		PracticeWorkDraft toDraft() {
			return new PracticeWorkDraft(title, goal, status, version);
		}
	}

	record OutputForm(String title, String url, String note) {
		PracticeWorkOutputDraft toDraft() {
			return new PracticeWorkOutputDraft(title, url, note);
		}
	}

	private final PracticeWorkService works;
	private final Spaces spaces;

	PracticeWorkPages(PracticeWorkService works, Spaces spaces) {
		this.works = works;
		this.spaces = spaces;
	}

	@GetMapping("/communities/{id}/practice")
	String list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) PracticeWorkStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("works", works.list(me, id, status, Paging.of(page, PAGE_SIZE).pageable()));
		spaces.add(model, me, id, "practice");
		model.addAttribute("status", status);
		model.addAttribute("statuses", PracticeWorkStatus.values());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/communities/{id}/practice")
				.queryParamIfPresent("status", java.util.Optional.ofNullable(status)).buildAndExpand(id).toUriString());
		return "communities/repertoire/practice-list";
	}

	@GetMapping("/communities/{id}/practice/new")
	String proposeForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", new WorkForm("", "", null, null));
		return form(me, id, null, model);
	}

	@PostMapping("/communities/{id}/practice")
	String propose(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") WorkForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> works.propose(me, id, form.toDraft()))
				.flash(redirect, work -> new Flash("repertoire.flash.work.proposed", work.title()))
				.redirectTo(work -> "/practice-work/" + work.id()).orShow(() -> form(me, id, null, model));
	}

	@GetMapping("/practice-work/{id}")
	String work(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PracticeWorkView work = works.view(me, id);
		if (!model.containsAttribute("output")) {
			model.addAttribute("output", new OutputForm("", "", ""));
		}
		return show(me, work, model);
	}

	private String show(AccountPrincipal me, PracticeWorkView work, Model model) {
		model.addAttribute("work", work);
		model.addAttribute("statuses", PracticeWorkStatus.values());
		spaces.add(model, me, work.communityId(), "practice");
		return "communities/repertoire/practice-work";
	}

	@GetMapping("/practice-work/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PracticeWorkView work = works.view(me, id);
		model.addAttribute("form", new WorkForm(work.title(), work.goal(), work.status(), work.version()));
		return form(me, work.communityId(), work, model);
	}

	@PostMapping("/practice-work/{id}")
	String change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") WorkForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		PracticeWorkView current = works.view(me, id);
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> works.change(me, id, form.toDraft()))
				.flash(redirect, work -> new Flash("repertoire.flash.work.changed", work.title()))
				.redirectTo("/practice-work/" + id)
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"Someone changed this work meanwhile. Your edits are below: check them "
								+ "against the page and save again.",
						"form", new WorkForm(form.title(), form.goal(), form.status(), works.view(me, id).version())))
				.orShow(() -> form(me, current.communityId(), current, model));
	}

	/** A status change alone, from the work's own page. */
	@PostMapping("/practice-work/{id}/status")
	String status(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam PracticeWorkStatus status, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		PracticeWorkView current = works.view(me, id);
		try {
			works.change(me, id, new PracticeWorkDraft(current.title(), current.goal(), status, version));
			redirect.addFlashAttribute("flash", new Flash("repertoire.flash.work.status." + status.name()));
		} catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem",
					"Someone changed this work meanwhile. Check its status and try again.");
		}
		return "redirect:/practice-work/" + id;
	}

	@PostMapping("/practice-work/{id}/participation")
	String participate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam String action,
			RedirectAttributes redirect) {
		if ("leave".equals(action)) {
			works.leave(me, id);
			redirect.addFlashAttribute("flash", new Flash("repertoire.flash.work.left"));
		} else {
			works.join(me, id);
			redirect.addFlashAttribute("flash", new Flash("repertoire.flash.work.joined"));
		}
		return "redirect:/practice-work/" + id;
	}

	@PostMapping("/practice-work/{id}/outputs")
	String addOutput(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("output") OutputForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> works.addOutput(me, id, form.toDraft()))
				.flash(redirect, done -> new Flash("repertoire.flash.output.added", form.title().strip()))
				.redirectTo("/practice-work/" + id + "#outputs").orShow(() -> show(me, works.view(me, id), model));
	}

	private String form(AccountPrincipal me, long communityId, PracticeWorkView work, Model model) {
		Spaces.Space space = spaces.add(model, me, communityId, "practice");
		if (work == null ? !space.canContribute() : !work.canChange()) {
			throw new ForbiddenException(work == null
					? "Join the community to propose practice work"
					: "Only the people taking part in this work and the conveners can change it");
		}
		model.addAttribute("work", work);
		model.addAttribute("statuses", PracticeWorkStatus.values());
		return "communities/repertoire/practice-form";
	}
}
