package org.constellation.gatherings.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.gatherings.CalendarFeedService;
import org.constellation.gatherings.Gathering;
import org.constellation.gatherings.GatheringDraft;
import org.constellation.gatherings.GatheringService;
import org.constellation.gatherings.MyCalendar;
import org.constellation.gatherings.RsvpResponse;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ConflictException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.constellation.shared.web.StaleEdit;
import org.constellation.shared.web.TimeZoneGroups;
import org.constellation.shared.web.TimeZoneInput;
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

/**
 * A community's gatherings, one gathering with its answers and attendance, the
 * form to propose or change one, and each person's own calendar.
 */
@Controller
class GatheringPages {

	static final int PAGE_SIZE = 10;

	private final GatheringService gatherings;
	private final CalendarFeedService feeds;
	private final CommunityService communities;
	private final CommunityAccess access;
	private final Validator validator;
	private final Clock clock;
	private final MyCalendar myCalendar;

	GatheringPages(GatheringService gatherings, CalendarFeedService feeds, CommunityService communities,
			CommunityAccess access, Validator validator, Clock clock, MyCalendar myCalendar) {
		this.clock = clock;
		this.myCalendar = myCalendar;
		this.gatherings = gatherings;
		this.feeds = feeds;
		this.communities = communities;
		this.access = access;
		this.validator = validator;
	}

	@GetMapping("/communities/{id}/gatherings")
	String list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var standing = access.requireRead(me, id);
		var result = gatherings.ofCommunity(me, id, Paging.of(page, PAGE_SIZE).pageable());
		model.addAttribute("community", communities.community(id));
		model.addAttribute("standing", standing);
		model.addAttribute("page", result);
		var now = clock.instant();
		model.addAttribute("gatherings", result.getContent());
		model.addAttribute("upcoming", result.getContent().stream().filter(s -> !s.gathering().hasEnded(now)).toList());
		model.addAttribute("past", result.getContent().stream().filter(s -> s.gathering().hasEnded(now)).toList());
		model.addAttribute("baseUrl", "/communities/" + id + "/gatherings");
		return "gatherings/list";
	}

	@GetMapping("/communities/{id}/gatherings/new")
	String proposeForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		access.requireContribute(me, id);
		model.addAttribute("form", GatheringForm.blank(TimeZoneInput.read((String) model.getAttribute("zone"))));
		return form(id, null, model);
	}

	@PostMapping("/communities/{id}/gatherings")
	String propose(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") GatheringForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireContribute(me, id);
		GatheringDraft draft = checked(form, errors);
		return Forms.submit(errors, () -> gatherings.propose(me, id, draft))
				.flash(redirect, g -> new Flash("flash.gathering.proposed", g.getTitle()))
				.redirectTo(g -> "/gatherings/" + g.getId()).orShow(() -> form(id, null, model));
	}

	@GetMapping("/gatherings/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var details = gatherings.details(me, id);
		model.addAttribute("d", details);
		model.addAttribute("g", details.gathering());
		model.addAttribute("responses", RsvpResponse.values());
		return "gatherings/show";
	}

	@GetMapping("/gatherings/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var details = gatherings.details(me, id);
		if (!details.mayManage()) {
			throw new org.constellation.shared.ForbiddenException(
					"Only the person who proposed this gathering and the conveners can change it");
		}
		model.addAttribute("form", GatheringForm.of(details.gathering()));
		return form(details.gathering().getCommunityId(), details.gathering(), model);
	}

	@PostMapping("/gatherings/{id}")
	String save(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") GatheringForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Gathering current = gatherings.readable(me, id);
		GatheringDraft draft = checked(form, errors);
		return Forms.submit(errors, () -> gatherings.change(me, id, draft))
				.flash(redirect, new Flash("flash.gathering.saved")).redirectTo("/gatherings/" + id)
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"This gathering was changed meanwhile. Your edits are below: "
								+ "check them against the gathering's page and save again.",
						"form",
						new GatheringForm(form.title(), form.date(), form.time(), form.timeZone(),
								form.durationMinutes(), form.place(), form.onlineLink(), form.agenda(),
								gatherings.gathering(id).getVersion())))
				.orShow(() -> form(current.getCommunityId(), current, model));
	}

	@PostMapping("/gatherings/{id}/cancel")
	String cancel(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			gatherings.cancel(me, id, version);
			redirect.addFlashAttribute("flash", new Flash("flash.gathering.cancelled"));
		} catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", "This gathering was changed meanwhile; check it and try again.");
		}
		return "redirect:/gatherings/" + id;
	}

	@PostMapping("/gatherings/{id}/rsvp")
	String respond(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam RsvpResponse response, RedirectAttributes redirect) {
		try {
			gatherings.respond(me, id, response);
			redirect.addFlashAttribute("flash", new Flash("flash.rsvp." + response));
		} catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/gatherings/" + id;
	}

	@PostMapping("/gatherings/{id}/attendance")
	String attendance(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(name = "practitionerIds", required = false) Set<Long> present, RedirectAttributes redirect) {
		try {
			var recorded = gatherings.recordAttendance(me, id, present == null ? Set.of() : present);
			redirect.addFlashAttribute("flash", new Flash("flash.attendance.saved", recorded.size()));
		} catch (ConflictException | org.constellation.shared.InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/gatherings/" + id;
	}

	/**
	 * The person's calendar (an agenda, a week or a month, moved by links, so it
	 * works without JavaScript), the gatherings of their communities they have not
	 * answered, their calendar feed and the gatherings they came to.
	 */
	@GetMapping("/gatherings")
	String myCalendar(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String view,
			@RequestParam(required = false) String from, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "gatherings");
		ZoneId zone = ZoneId.of((String) model.getAttribute("zone"));
		CalendarPage calendar = CalendarPage.of(view, from, LocalDate.now(clock.withZone(zone)), zone);
		model.addAttribute("cal", calendar.with(myCalendar.between(me, calendar.from, calendar.to, zone)));
		model.addAttribute("unanswered", gatherings.upcomingForMe(me, 50).stream()
				.filter(s -> s.myResponse() == null && !s.gathering().isCancelled()).toList());
		var attended = gatherings.attendedBy(me, Paging.of(page, PAGE_SIZE).pageable());
		model.addAttribute("attended", attended);
		model.addAttribute("feedMadeAt", me.practitionerId() == null ? null : feeds.madeAt(me).orElse(null));
		model.addAttribute("baseUrl", "/gatherings");
		return "gatherings/calendar";
	}

	@PostMapping("/gatherings/calendar-feed")
	String resetFeed(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feeds.reset(me));
		redirect.addFlashAttribute("flash", new Flash("flash.feed.made"));
		return "redirect:/gatherings";
	}

	private GatheringDraft checked(GatheringForm form, BindingResult errors) {
		GatheringDraft draft = form.toDraft(errors);
		for (ConstraintViolation<GatheringDraft> v : validator.validate(draft)) {
			String field = v.getPropertyPath().iterator().next().getName();
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "invalid", v.getMessage());
			}
		}
		return draft;
	}

	private String form(long communityId, Gathering editing, Model model) {
		model.addAttribute("community", communities.community(communityId));
		model.addAttribute("editing", editing);
		var form = (GatheringForm) model.getAttribute("form");
		model.addAttribute("zoneGroups", TimeZoneGroups.of((String) model.getAttribute("zone"),
				form == null ? null : TimeZoneInput.id(form.timeZone()), clock.instant()));
		return "gatherings/form";
	}
}
