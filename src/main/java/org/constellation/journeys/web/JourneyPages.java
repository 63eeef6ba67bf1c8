package org.constellation.journeys.web;

import org.constellation.journeys.JournalService;
import org.constellation.journeys.JourneyService;
import org.constellation.journeys.Milestone;
import org.constellation.journeys.StageReflection;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
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
		model.addAttribute("insights", journal.entries(me, PageRequest.of(0, RECENT)));
		model.addAttribute("bewilderments", journal.bewilderments(me, PageRequest.of(0, RECENT)));
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
		if (!errors.hasErrors()) {
			try {
				StageReflection r = journey.reflect(me, draft);
				redirect.addFlashAttribute("flash",
						new Flash("flash.journey.reflected", journey.stage(r.getStageId()).getName()));
				return "redirect:/journey";
			} catch (RuntimeException e) {
				FormErrors.reject(errors, e);
			}
		}
		return reflectPage(model);
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
		if (!errors.hasErrors()) {
			try {
				Milestone m = journey.mark(me, draft);
				redirect.addFlashAttribute("flash", new Flash("flash.journey.milestone", m.getTitle()));
				return "redirect:/journey";
			} catch (RuntimeException e) {
				FormErrors.reject(errors, e);
			}
		}
		return milestonePage(me, model);
	}

	private String milestonePage(AccountPrincipal me, Model model) {
		model.addAttribute("section", "journey");
		model.addAttribute("partnerships", journey.partnershipsOf(me));
		return "journeys/milestone-form";
	}
}
