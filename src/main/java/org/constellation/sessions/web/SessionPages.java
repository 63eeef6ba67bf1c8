package org.constellation.sessions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.constellation.people.AccountPrincipal;
import org.constellation.sessions.Cadence;
import org.constellation.sessions.CommitmentStatus;
import org.constellation.sessions.RoomStamp;
import org.constellation.sessions.Session;
import org.constellation.sessions.SessionDetails;
import org.constellation.sessions.SessionNotOpenYet;
import org.constellation.sessions.SessionService;
import org.constellation.sessions.SessionStatus;
import org.constellation.sessions.web.SessionForms.CadenceForm;
import org.constellation.sessions.web.SessionForms.CheckInForm;
import org.constellation.sessions.web.SessionForms.ReflectionForm;
import org.constellation.sessions.web.SessionForms.SessionForm;
import org.constellation.sessions.web.SessionForms.TextForm;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Dates;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.StaleEdit;
import org.constellation.shared.web.TimeZoneGroups;
import org.constellation.shared.web.TimeZoneInput;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
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

	private static final String STALE_ACTION = "Another partner changed this session meanwhile; check it and try again.";

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final SessionService sessions;
	private final MessageSource messages;
	private final Dates dates;
	private final Clock clock;

	SessionPages(SessionService sessions, MessageSource messages, Dates dates, Clock clock) {
		this.sessions = sessions;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
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
		CadenceForm cadenceForm = (CadenceForm) model.getAttribute("cadenceForm");
		SessionForm sessionForm = (SessionForm) model.getAttribute("sessionForm");
		Instant now = clock.instant();
		model.addAttribute("cadenceZones", TimeZoneGroups.of(zone, TimeZoneInput.id(cadenceForm.timeZone()), now));
		model.addAttribute("oneOffZones", TimeZoneGroups.of(zone, TimeZoneInput.id(sessionForm.timeZone()), now));
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
		model.addAttribute("now", clock.instant());
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
		Object extra = switch (c.getKind()) {
			case MONTHLY -> message("cadence.week." + c.getWeekOfMonth()).toLowerCase(Locale.ENGLISH);
			case CUSTOM -> c.getIntervalDays();
			default -> "";
		};
		return messages.getMessage("cadence.describe." + c.getKind(),
				new Object[]{day, c.getStartTime().toString(), c.getTimeZone(), extra}, Locale.ENGLISH);
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

	// The room

	@GetMapping("/partnerships/{id}/sessions/{n}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n, Model model) {
		SessionDetails d = sessions.details(me, id, n);
		String zone = sessions.zoneOf(me);
		room(model, d, zone, false);
		model.addAttribute("section", "partnerships");
		model.addAttribute("statuses",
				List.of(CommitmentStatus.KEPT, CommitmentStatus.LET_GO, CommitmentStatus.STILL_TRYING));
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
		// the part of a form just sent, or sent back with an error, is open whatever
		// the step
		model.addAttribute("keepOpen",
				java.util.stream.Stream.of("checkInForm", "noteForm", "commitmentForm", "reflectionForm", "moveForm")
						.filter(form -> form.equals(model.getAttribute("used"))
								|| model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult b
										&& b.hasErrors())
						.collect(java.util.stream.Collectors.toSet()));
		SessionForm move = (SessionForm) model.getAttribute("moveForm");
		model.addAttribute("moveZones",
				TimeZoneGroups.of(zone, move == null ? null : TimeZoneInput.id(move.timeZone()), d.now()));
		return "partnerships/sessions/show";
	}

	/**
	 * What the room shows of the session, on the page and in its live updates
	 * alike.
	 */
	private void room(Model model, SessionDetails d, String zone, boolean live) {
		ZoneId reader = ZoneId.of(zone);
		model.addAttribute("d", d);
		model.addAttribute("s", d.session());
		model.addAttribute("p", d.partnership());
		model.addAttribute("zone", zone);
		model.addAttribute("tools", RoomTools.of(d));
		model.addAttribute("stamp", RoomStamp.of(d).text());
		model.addAttribute("live", live);
		if (d.currentStep() != null) {
			model.addAttribute("stepStartedClock", CLOCK.format(d.session().getStepStartedAt().atZone(reader)));
			model.addAttribute("stepEndsClock", CLOCK.format(d.stepEndsAt().atZone(reader)));
		}
		if (d.tooEarly()) {
			model.addAttribute("nowClock", CLOCK.format(d.now().atZone(reader)));
		}
	}

	/**
	 * The room's live updates, asked every second by its page (htmx): nothing (204)
	 * while nothing changed, otherwise the parts that changed. The same access rule
	 * as the page: anyone but a current partner gets the same "not found".
	 */
	@GetMapping("/partnerships/{id}/sessions/{n}/live")
	String live(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam(name = "v", required = false) String shown, Model model, HttpServletResponse response) {
		RoomStamp now = sessions.roomStamp(me, id, n);
		RoomStamp seen = RoomStamp.read(shown);
		if (now.equals(seen)) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return null;
		}
		SessionDetails d = sessions.details(me, id, n);
		room(model, d, sessions.zoneOf(me), true);
		RoomStamp current = RoomStamp.of(d);
		boolean all = seen == null;
		model.addAttribute("changedStep", current.sessionChanged(seen));
		model.addAttribute("changedCheckIns", all || !seen.checkIns().equals(current.checkIns()));
		model.addAttribute("changedNotes", all || seen.notes() != current.notes());
		model.addAttribute("changedCommitments", all || seen.commitments() != current.commitments());
		model.addAttribute("announceStep",
				!all && (seen.session() != current.session() || seen.early() != current.early()));
		return "partnerships/sessions/live";
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/start")
	String start(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam(required = false) Long routineId, @RequestParam(required = false) boolean holdNow,
			RedirectAttributes redirect) {
		try {
			Session started = sessions.start(me, id, n, routineId, holdNow);
			// held now: planned again for the moment it started (within its time it kept
			// its start)
			redirect.addFlashAttribute("flash",
					new Flash(started.getStartsAt().equals(started.getStartedAt())
							? "flash.session.heldNow"
							: "flash.session.started"));
		} catch (SessionNotOpenYet early) {
			redirect.addFlashAttribute("problem", messages.getMessage("runner.notYet.problem",
					new Object[]{dates.format(early.plannedStart().toInstant(), sessions.zoneOf(me))}, Locale.ENGLISH));
		} catch (InvalidInputException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		} catch (ConcurrencyFailureException stale) {
			redirect.addFlashAttribute("problem", STALE_ACTION);
		}
		return "redirect:/partnerships/" + id + "/sessions/" + n;
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/step")
	String step(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam Integer step, RedirectAttributes redirect) {
		return act(id, n, redirect, null, () -> sessions.goTo(me, id, n, step));
	}

	/**
	 * Ending before the last step asks first, on a page of its own: a plain
	 * question that works without JavaScript.
	 */
	@GetMapping("/partnerships/{id}/sessions/{n}/end")
	String confirmEnd(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			Model model) {
		SessionDetails d = sessions.details(me, id, n);
		if (!d.endingIsEarly() || !d.writable()) {
			return "redirect:/partnerships/" + id + "/sessions/" + n;
		}
		model.addAttribute("d", d);
		model.addAttribute("s", d.session());
		model.addAttribute("p", d.partnership());
		model.addAttribute("section", "partnerships");
		return "partnerships/sessions/end";
	}

	@PostMapping("/partnerships/{id}/sessions/{n}/end")
	String end(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestParam(required = false) boolean confirm, RedirectAttributes redirect) {
		try {
			Session ended = sessions.end(me, id, n, confirm);
			redirect.addFlashAttribute("flash", new Flash(
					ended.getStatus() == SessionStatus.HELD ? "flash.session.ended" : "flash.session.endedNotHeld"));
		} catch (ConflictException e) {
			if ("confirm".equals(e.field())) {
				return "redirect:/partnerships/" + id + "/sessions/" + n + "/end";
			}
			redirect.addFlashAttribute("problem", e.getMessage());
		} catch (InvalidInputException | ForbiddenException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		} catch (ConcurrencyFailureException stale) {
			redirect.addFlashAttribute("problem", STALE_ACTION);
		}
		return "redirect:/partnerships/" + id + "/sessions/" + n;
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
		} catch (ConcurrencyFailureException stale) {
			redirect.addFlashAttribute("problem", STALE_ACTION);
		}
		return "redirect:/partnerships/" + id + "/sessions/" + n;
	}

	/**
	 * A form's action: on a refusal the page comes back with what was typed and the
	 * reason next to the field.
	 */
	private String write(BindingResult errors, Model model, AccountPrincipal me, long id, int n,
			RedirectAttributes redirect, String flash, Runnable action) {
		// after the redirect, the part this form is in stays open
		redirect.addFlashAttribute("used", errors.getObjectName());
		return Forms.submit(errors, action).flash(redirect, new Flash(flash))
				.redirectTo("/partnerships/" + id + "/sessions/" + n)
				.onStale(() -> errors.reject(StaleEdit.CODE, CHANGED_MEANWHILE)).orShow(() -> show(me, id, n, model));
	}
}
