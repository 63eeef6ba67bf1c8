package org.constellation.sessions.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.constellation.people.AccountPrincipal;
import org.constellation.sessions.Cadence;
import org.constellation.sessions.CommitmentStatus;
import org.constellation.sessions.SessionDetails;
import org.constellation.sessions.SessionService;
import org.constellation.sessions.web.SessionForms.CadenceForm;
import org.constellation.sessions.web.SessionForms.CheckInForm;
import org.constellation.sessions.web.SessionForms.ReflectionForm;
import org.constellation.sessions.web.SessionForms.SessionForm;
import org.constellation.sessions.web.SessionForms.TextForm;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.StaleEdit;
import org.constellation.shared.web.TimeZoneInput;
import org.springframework.context.MessageSource;
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
 * A partnership's sessions page (cadence, what is coming, momentum), the
 * session runner with everything partners say in a session, and the attendance
 * history. Every page asks {@link SessionService}, which asks the partnership's
 * one access policy.
 */
@Controller
class SessionPages {

	private static final String CHANGED_MEANWHILE = "Another partner changed this session meanwhile. "
			+ "What you typed is below: check the session and send it again.";

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final SessionService sessions;
	private final MessageSource messages;

	SessionPages(SessionService sessions, MessageSource messages) {
		this.sessions = sessions;
		this.messages = messages;
	}

	// The sessions page

	@GetMapping("/partnerships/{id}/sessions")
	String list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var overview = sessions.overview(me, id);
		String zone = sessions.zoneOf(me);
		if (!model.containsAttribute("cadenceForm")) {
			model.addAttribute("cadenceForm", CadenceForm.of(overview.cadence(), TimeZoneInput.read(zone)));
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.blank(TimeZoneInput.read(zone)));
		}
		model.addAttribute("o", overview);
		model.addAttribute("cadenceText", describe(overview.cadence()));
		model.addAttribute("p", overview.partnership());
		model.addAttribute("zone", zone);
		model.addAttribute("timeZones", TimeZoneInput.CHOICES);
		model.addAttribute("section", "partnerships");
		return "partnerships/sessions/list";
	}

	@PostMapping("/partnerships/{id}/cadence")
	String cadence(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("cadenceForm") CadenceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var draft = form.toDraft(errors);
		return Forms.submit(errors, () -> sessions.setCadence(me, id, draft))
				.flash(redirect, new Flash("flash.cadence.saved")).redirectTo("/partnerships/" + id + "/sessions")
				.onStale(() -> {
					var current = sessions.cadence(me, id);
					StaleEdit.formAgain(model, errors,
							"Another partner changed the cadence meanwhile. Your choices are below: "
									+ "check them against the sessions listed and save again.",
							"cadenceForm",
							new CadenceForm(form.kind(), form.dayOfWeek(), form.weekOfMonth(), form.intervalDays(),
									form.startDate(), form.time(), form.timeZone(), form.durationMinutes(),
									current == null ? null : current.getVersion()));
				}).orShow(() -> list(me, id, model));
	}

	@PostMapping("/partnerships/{id}/sessions")
	String addOneOff(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var date = form.parsedDate(errors);
		var time = form.parsedTime(errors);
		var minutes = form.parsedDuration(errors);
		return Forms
				.submit(errors,
						() -> sessions.addOneOff(me, id, date, time, TimeZoneInput.id(form.timeZone()), minutes))
				.flash(redirect, s -> new Flash("flash.session.added", s.getNumber()))
				.redirectTo(s -> "/partnerships/" + id + "/sessions/" + s.getNumber())
				.orShow(() -> list(me, id, model));
	}

	@GetMapping("/partnerships/{id}/presence")
	String presence(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		var presence = sessions.presence(me, id);
		model.addAttribute("pr", presence);
		model.addAttribute("p", presence.partnership());
		model.addAttribute("zone", sessions.zoneOf(me));
		model.addAttribute("section", "partnerships");
		return "partnerships/sessions/presence";
	}

	private String describe(Cadence c) {
		if (c == null) {
			return null;
		}
		String day = c.getDayOfWeek() == null ? "" : message("day." + c.getDayOfWeek());
		String extra = switch (c.getKind()) {
			case MONTHLY -> message("cadence.week." + c.getWeekOfMonth()).toLowerCase(Locale.ENGLISH);
			case CUSTOM -> String.valueOf(c.getIntervalDays());
			default -> "";
		};
		return messages.getMessage("cadence.describe." + c.getKind(),
				new Object[]{day, c.getStartTime().toString(), c.getTimeZone(), extra}, Locale.ENGLISH);
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

	// The runner

	@GetMapping("/partnerships/{id}/sessions/{n}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n, Model model) {
		SessionDetails d = sessions.details(me, id, n);
		String zone = sessions.zoneOf(me);
		ZoneId reader = ZoneId.of(zone);
		model.addAttribute("d", d);
		model.addAttribute("s", d.session());
		model.addAttribute("p", d.partnership());
		model.addAttribute("zone", zone);
		model.addAttribute("timeZones", TimeZoneInput.CHOICES);
		model.addAttribute("section", "partnerships");
		model.addAttribute("statuses",
				List.of(CommitmentStatus.KEPT, CommitmentStatus.LET_GO, CommitmentStatus.STILL_TRYING));
		if (d.currentStep() != null) {
			model.addAttribute("stepStartedClock", CLOCK.format(d.session().getStepStartedAt().atZone(reader)));
			model.addAttribute("stepEndsClock", CLOCK.format(d.stepEndsAt().atZone(reader)));
		}
		if (!model.containsAttribute("checkInForm")) {
			var mine = d.myCheckIn();
			model.addAttribute("checkInForm",
					mine == null ? new CheckInForm(null, "") : new CheckInForm(mine.isAttending(), mine.getLine()));
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new TextForm(""));
		}
		if (!model.containsAttribute("commitmentForm")) {
			model.addAttribute("commitmentForm", new TextForm(""));
		}
		if (!model.containsAttribute("reflectionForm")) {
			var mine = d.myReflection();
			model.addAttribute("reflectionForm",
					mine == null ? new ReflectionForm("", false) : new ReflectionForm(mine.getBody(), mine.isShared()));
		}
		if (!model.containsAttribute("moveForm")) {
			var start = d.session().start();
			model.addAttribute("moveForm",
					new SessionForm(start.toLocalDate().toString(), start.toLocalTime().toString(), start.getZone(),
							String.valueOf(d.session().getDurationMinutes()), d.session().getVersion()));
		}
		return "partnerships/sessions/show";
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/start")
	String start(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam(required = false) Long routineId, RedirectAttributes redirect) {
		return act(id, n, redirect, "flash.session.started", () -> sessions.start(me, id, n, routineId));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/step")
	String step(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam Integer step, RedirectAttributes redirect) {
		return act(id, n, redirect, null, () -> sessions.goTo(me, id, n, step));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/end")
	String end(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			RedirectAttributes redirect) {
		return act(id, n, redirect, "flash.session.ended", () -> sessions.end(me, id, n));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/cancel")
	String cancel(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return act(id, n, redirect, "flash.session.cancelled", () -> sessions.cancel(me, id, n, version));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/move")
	String move(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@ModelAttribute("moveForm") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var date = form.parsedDate(errors);
		var time = form.parsedTime(errors);
		var minutes = form.parsedDuration(errors);
		return write(errors, model, me, id, n, redirect, "flash.session.moved",
				() -> sessions.move(me, id, n, date, time, TimeZoneInput.id(form.timeZone()), minutes, form.version()));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/check-in")
	String checkIn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@ModelAttribute("checkInForm") CheckInForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return write(errors, model, me, id, n, redirect, "flash.checkIn.saved",
				() -> sessions.checkIn(me, id, n, form.attending(), form.line()));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/notes")
	String note(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@ModelAttribute("noteForm") TextForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return write(errors, model, me, id, n, redirect, "flash.note.added",
				() -> sessions.note(me, id, n, form.body()));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/commitments")
	String commit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@ModelAttribute("commitmentForm") TextForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return write(errors, model, me, id, n, redirect, "flash.commitment.added",
				() -> sessions.commit(me, id, n, form.body()));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/commitments/{commitmentId}/review")
	String review(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@PathVariable long commitmentId, @RequestParam(required = false) CommitmentStatus status,
			@RequestParam(required = false) String line, RedirectAttributes redirect) {
		return act(id, n, redirect, "flash.commitment.reviewed",
				() -> sessions.review(me, id, commitmentId, status, line));
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/reflection")
	String reflect(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@ModelAttribute("reflectionForm") ReflectionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return write(errors, model, me, id, n, redirect,
				form.isShared() ? "flash.reflection.shared" : "flash.reflection.kept",
				() -> sessions.reflect(me, id, n, form.body(), form.isShared()));
	}

	/**
	 * A button's action: done, or told why not at the top of the session's page.
	 */
	private String act(long id, int n, RedirectAttributes redirect, String flash, Runnable action) {
		try {
			action.run();
			if (flash != null) {
				redirect.addFlashAttribute("flash", new Flash(flash));
			}
		} catch (InvalidInputException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		} catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem",
					"Another partner changed this session meanwhile; check it and try again.");
		}
		return "redirect:/partnerships/" + id + "/sessions/" + n;
	}

	/**
	 * A form's action: on a refusal the page comes back with what was typed and the
	 * reason next to the field.
	 */
	private String write(BindingResult errors, Model model, AccountPrincipal me, long id, int n,
			RedirectAttributes redirect, String flash, Runnable action) {
		return Forms.submit(errors, action).flash(redirect, new Flash(flash))
				.redirectTo("/partnerships/" + id + "/sessions/" + n)
				.onStale(() -> errors.reject(StaleEdit.CODE, CHANGED_MEANWHILE)).orShow(() -> show(me, id, n, model));
	}
}
