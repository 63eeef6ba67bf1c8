package org.constellation.journeys.web;

import org.constellation.journeys.JournalEntry;
import org.constellation.journeys.JournalService;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
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

/** One's own journal: the list, an entry, writing, editing, sharing. */
@Controller
class JournalPages {

	static final int PAGE_SIZE = 10;

	private final JournalService journal;

	JournalPages(JournalService journal) {
		this.journal = journal;
	}

	@GetMapping("/journey/journal")
	String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("page", journal.entries(me, Paging.of(page, PAGE_SIZE).pageable()));
		return "journeys/journal";
	}

	@GetMapping("/journey/journal/new")
	String writeForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		// the form only for someone who has a journey to write in
		JournalService.author(me);
		model.addAttribute("form", EntryForm.blank());
		return form(null, model);
	}

	@PostMapping("/journey/journal")
	String write(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") EntryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> journal.write(me, form.toDraft()))
				.flash(redirect, new Flash("flash.journal.written")).redirectTo(e -> "/journey/journal/" + e.getId())
				.orShow(() -> form(null, model));
	}

	@GetMapping("/journey/journal/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("entry", journal.entry(me, id));
		var shared = journal.sharedInto(me, id);
		model.addAttribute("sharedInto", shared);
		model.addAttribute("shareable",
				journal.shareable(me).stream().filter(p -> shared.stream().noneMatch(s -> s.id() == p.id())).toList());
		return "journeys/entry";
	}

	@GetMapping("/journey/journal/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		JournalEntry entry = journal.entry(me, id);
		model.addAttribute("form", EntryForm.of(entry));
		return form(entry, model);
	}

	@PostMapping("/journey/journal/{id}")
	String save(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		JournalEntry current = journal.entry(me, id);
		return Forms.submit(errors, () -> journal.change(me, id, form.toDraft()))
				.flash(redirect, new Flash("flash.journal.saved")).redirectTo("/journey/journal/" + id)
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"This entry was changed meanwhile (in another tab or through the API). "
								+ "Your text is below: compare it with the entry and save again.",
						"form", new EntryForm(form.title(), form.body(), current.getVersion())))
				.orShow(() -> form(current, model));
	}

	@PostMapping("/journey/journal/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			journal.delete(me, id, version);
			redirect.addFlashAttribute("flash", new Flash("flash.journal.deleted"));
			return "redirect:/journey/journal";
		} catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", "This entry was changed meanwhile; read it again before deleting.");
			return "redirect:/journey/journal/" + id;
		}
	}

	@PostMapping("/journey/journal/{id}/share")
	String share(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Long partnershipId, RedirectAttributes redirect) {
		try {
			journal.share(me, id, partnershipId);
			redirect.addFlashAttribute("flash", new Flash("flash.journal.shared"));
		} catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/journey/journal/" + id;
	}

	@PostMapping("/journey/journal/{id}/unshare")
	String unshare(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam long partnershipId, RedirectAttributes redirect) {
		journal.unshare(me, id, partnershipId);
		redirect.addFlashAttribute("flash", new Flash("flash.journal.unshared"));
		return "redirect:/journey/journal/" + id;
	}

	private String form(JournalEntry editing, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("editing", editing);
		return "journeys/entry-form";
	}
}
