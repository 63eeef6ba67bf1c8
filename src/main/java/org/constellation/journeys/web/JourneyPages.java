package org.constellation.journeys.web;

import org.constellation.journeys.JournalService;
import org.constellation.journeys.JourneyService;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own journey: insights and bewilderments side by side, the timeline
 * of stage reflections and milestones, and the forms to add to it.
 */
@Controller
class JourneyPages {

	static final int RECENT = 5;

	private final JourneyService journey;
	private final JournalService journal;

	JourneyPages(JourneyService journey, JournalService journal) {
		this.journey = journey;
		this.journal = journal;
	}

	@GetMapping("/journey")
	String overview(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("insights", journal.entries(me, Paging.first(RECENT)));
		model.addAttribute("bewilderments", journal.bewilderments(me, Paging.first(RECENT)));
		model.addAttribute("journey", journey.journey(me));
		return "journeys/journey";
	}

	@GetMapping("/journey/reflections/new")
	String reflectForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("form", new ReflectionForm("", journey.today(me).toString(), ""));
		return reflectPage(model);
	}

	@PostMapping("/journey/reflections")
	String reflect(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") ReflectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var draft = form.toDraft(errors);
		return Forms.submit(errors, () -> journey.reflect(me, draft))
				.flash(redirect, r -> new Flash("flash.journey.reflected", journey.stage(r.getStageId()).getName()))
				.redirectTo("/journey").orShow(() -> reflectPage(model));
	}

	private String reflectPage(Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("stages", journey.stages());
		return "journeys/reflection-form";
	}

	@GetMapping("/journey/milestones/new")
	String milestoneForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("form", new MilestoneForm("", journey.today(me).toString(), "", ""));
		return milestonePage(me, model);
	}

	@PostMapping("/journey/milestones")
	String mark(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") MilestoneForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var draft = form.toDraft(errors);
		return Forms.submit(errors, () -> journey.mark(me, draft))
				.flash(redirect, m -> new Flash("flash.journey.milestone", m.getTitle())).redirectTo("/journey")
				.orShow(() -> milestonePage(me, model));
	}

	private String milestonePage(AccountPrincipal me, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("partnerships", journey.partnershipsOf(me));
		return "journeys/milestone-form";
	}
}
