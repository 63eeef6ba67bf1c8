package org.constellation.sessions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.constellation.gatherings.ICalendar;
import org.constellation.people.AccountPrincipal;
import org.constellation.sessions.Cadence;
import org.constellation.sessions.CadenceDraft;
import org.constellation.sessions.CadenceKind;
import org.constellation.sessions.CheckIn;
import org.constellation.sessions.Commitment;
import org.constellation.sessions.CommitmentStatus;
import org.constellation.sessions.Momentum;
import org.constellation.sessions.Reflection;
import org.constellation.sessions.Session;
import org.constellation.sessions.SessionDetails;
import org.constellation.sessions.SessionNotOpenYet;
import org.constellation.sessions.SessionNote;
import org.constellation.sessions.SessionRoles;
import org.constellation.sessions.SessionService;
import org.constellation.sessions.SessionStatus;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partnership's sessions over HTTP: cadence, planned and one-off sessions,
 * the runner, presence, notes, commitments, reflections and momentum. Current
 * partners only (404 for anyone else); 409 once the partnership is closed. The
 * invite is served to the page's own session too, by the same method.
 */
@RestController
@Tag(name = "Partnership sessions", description = "Cadence, sessions and what partners say in them; partners only")
class SessionsApi {

	record CadenceView(CadenceKind kind, DayOfWeek dayOfWeek, Integer weekOfMonth, Integer intervalDays,
			LocalDate startDate, LocalTime time, String timeZone, int durationMinutes, Instant updatedAt,
			long version) {

		static CadenceView of(Cadence c) {
			return c == null
					? null
					: new CadenceView(c.getKind(), c.getDayOfWeek(), c.getWeekOfMonth(), c.getIntervalDays(),
							c.getStartDate(), c.getStartTime(), c.getTimeZone(), c.getDurationMinutes(),
							c.getUpdatedAt(), c.getVersion());
		}
	}

	record SessionView(int number, Instant startsAt, Instant endsAt,
			@Schema(description = "The first moment it may start: 30 minutes before startsAt") Instant opensAt,
			String timeZone, LocalDateTime localStart, int durationMinutes, boolean oneOff,
			@Schema(description = "PLANNED (coming up or under way), HELD (ended, someone checked in as attending), "
					+ "NOT_HELD (ended without anyone checking in as attending), CANCELLED") SessionStatus status,
			boolean running, Long routineId, Integer currentStep, Instant stepStartedAt, Long hostId, Long timekeeperId,
			Long noteKeeperId, long version) {

		static SessionView of(Session s, SessionRoles roles) {
			return new SessionView(s.getNumber(), s.getStartsAt(), s.endsAt(), s.opensAt(), s.getTimeZone(),
					s.start().toLocalDateTime(), s.getDurationMinutes(), s.isOneOff(), s.getStatus(), s.isRunning(),
					s.getRoutineId(), s.getCurrentStep(), s.getStepStartedAt(), roles == null ? null : roles.host(),
					roles == null ? null : roles.timekeeper(), roles == null ? null : roles.noteKeeper(),
					s.getVersion());
		}
	}

	record StepView(int index, String title, String guidance, int minutes, Instant endsAt) {
	}

	record SessionDetail(SessionView session, String routineName, StepView step, int stepCount, String calendarUrl) {
	}

	record SessionRequest(LocalDate date, LocalTime time, String timeZone, Integer durationMinutes, Long version) {
	}

	/**
	 * One of start (with routineId; holdNow to meet now instead of at a planned
	 * time not yet near), step (with step, 0-based), end (confirm to end before the
	 * last step), move, cancel.
	 */
	record SessionChange(@Schema(description = "start, step, end, move or cancel", example = "start") String action,
			@Schema(description = "start: the routine to walk through") Long routineId,
			@Schema(description = "step: the step to go to, from 0") Integer step,
			@Schema(description = "move: the new date") LocalDate date,
			@Schema(description = "move: the new start time") LocalTime time,
			@Schema(description = "move: the time zone of date and time") String timeZone,
			@Schema(description = "move: the new length in minutes") Integer durationMinutes,
			@Schema(description = "move, cancel: the version you read") Long version,
			@Schema(description = "start: a session starts from 30 minutes before its planned start; earlier, "
					+ "holdNow true plans it again for now and starts it (without it, 409 naming the planned time)") Boolean holdNow,
			@Schema(description = "end: true to end before the last step (without it, 409 naming confirm)") Boolean confirm) {
	}

	record CheckInRequest(Boolean attending, String line) {
	}

	record CheckInView(long practitionerId, boolean attending, String line, Instant updatedAt) {
		static CheckInView of(CheckIn c) {
			return new CheckInView(c.getPractitionerId(), c.isAttending(), c.getLine(), c.getUpdatedAt());
		}
	}

	record TextRequest(String body) {
	}

	record NoteView(long id, Long authorId, String body, String bodyHtml, Instant createdAt) {
		static NoteView of(SessionNote n) {
			return new NoteView(n.getId(), n.getAuthorId(), n.getBody(), n.getBodyHtml(), n.getCreatedAt());
		}
	}

	record CommitmentView(long id, long practitionerId, String body, CommitmentStatus status, String reviewLine,
			Instant reviewedAt, Instant createdAt, long version) {
		static CommitmentView of(Commitment c) {
			return new CommitmentView(c.getId(), c.getPractitionerId(), c.getBody(), c.getStatus(), c.getReviewLine(),
					c.getReviewedAt(), c.getCreatedAt(), c.getVersion());
		}
	}

	record CommitmentsView(List<CommitmentView> made, List<CommitmentView> toLookAgain) {
	}

	record ReviewRequest(CommitmentStatus status, String line) {
	}

	record ReflectionRequest(String body, Boolean shared) {
	}

	record ReflectionView(long practitionerId, String body, String bodyHtml, boolean shared, Instant updatedAt) {
		static ReflectionView of(Reflection r) {
			return new ReflectionView(r.getPractitionerId(), r.getBody(), r.getBodyHtml(), r.isShared(),
					r.getUpdatedAt());
		}
	}

	private final SessionService sessions;

	SessionsApi(SessionService sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/api/v1/partnerships/{id}/cadence")
	@Operation(summary = "The partnership's cadence, or an empty body when none is set")
	ResponseEntity<CadenceView> cadence(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		CadenceView view = CadenceView.of(sessions.cadence(me, id));
		return view == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(view);
	}

	@PutMapping("/api/v1/partnerships/{id}/cadence")
	@Operation(summary = "Set the cadence (any partner); untouched upcoming sessions are planned again from it")
	CadenceView setCadence(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody CadenceDraft draft) {
		return CadenceView.of(sessions.setCadence(me, id, draft));
	}

	@GetMapping("/api/v1/partnerships/{id}/sessions")
	@Operation(summary = "All sessions, in time order, with who hosts, keeps time and keeps notes")
	List<SessionView> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		var overview = sessions.overview(me, id);
		return sessions.sessions(me, id).stream().map(s -> SessionView.of(s, overview.roles().get(s.getNumber())))
				.toList();
	}

	@PostMapping("/api/v1/partnerships/{id}/sessions")
	@Operation(summary = "Add a one-off session outside the cadence (any partner)")
	ResponseEntity<SessionDetail> add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody SessionRequest request) {
		Session s = sessions.addOneOff(me, id, request.date(), request.time(), request.timeZone(),
				request.durationMinutes());
		return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/sessions/" + s.getNumber()))
				.body(detail(me, id, s.getNumber()));
	}

	@GetMapping("/api/v1/partnerships/{id}/sessions/{n}")
	@Operation(summary = "One session: its roles, routine and the step it is at")
	SessionDetail get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n) {
		return detail(me, id, n);
	}

	@PutMapping("/api/v1/partnerships/{id}/sessions/{n}")
	@Operation(summary = "Run or change a session: action start (routineId, holdNow), step (step, from 0), end (confirm), move (date, time, timeZone), cancel", description = """
			A planned session starts from 30 minutes before its planned start. Earlier, start is refused 			with 409 (errors name `action`; `plannedStart` and `opensAt` say when) unless `holdNow` is true: 			the session is then planned again for now and starts. Ending before the last step needs 			`confirm: true` (409 naming `confirm` without it). An ended session is HELD when at least one 			partner checked in as attending, NOT_HELD otherwise (it counts as not held in momentum, drift and 			every count); a later check-in makes it held. Requests on one session are taken one at a time: 			partners pressing at once leave one consistent state.""", responses = {
			@ApiResponse(responseCode = "200", description = "The session after the change"),
			@ApiResponse(responseCode = "409", description = "Not possible now: too early to start (with plannedStart and opensAt), "
					+ "ending early without confirm, already started or ended, or the partnership is closed", content = @Content(mediaType = "application/problem+json")),
			@ApiResponse(responseCode = "422", description = "Input that breaks a rule, naming the field (routineId, step, date, …)", content = @Content(mediaType = "application/problem+json")),
			@ApiResponse(responseCode = "404", description = "No such session, or you are not a partner")})
	SessionDetail change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestBody SessionChange change) {
		String action = change.action() == null ? "" : change.action().strip().toLowerCase(java.util.Locale.ROOT);
		switch (action) {
			case "start" -> sessions.start(me, id, n, change.routineId(), Boolean.TRUE.equals(change.holdNow()));
			case "step" -> sessions.goTo(me, id, n, change.step());
			case "end" -> sessions.end(me, id, n, Boolean.TRUE.equals(change.confirm()));
			case "move" -> {
				Versions.required(change.version());
				sessions.move(me, id, n, change.date(), change.time(), change.timeZone(), change.durationMinutes(),
						change.version());
			}
			case "cancel" -> {
				Versions.required(change.version());
				sessions.cancel(me, id, n, change.version());
			}
			default -> throw new InvalidInputException("action", "Say what to do: start, step, end, move or cancel");
		}
		return detail(me, id, n);
	}

	@GetMapping({"/api/v1/partnerships/{id}/sessions/{n}/calendar.ics", "/partnerships/{id}/sessions/{n}/calendar.ics"})
	@Operation(summary = "The session as an RFC 5545 invite")
	ResponseEntity<String> invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int n) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"partnership-" + id + "-session-" + n + ".ics\"")
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(sessions.invite(me, id, n));
	}

	@GetMapping("/api/v1/partnerships/{id}/sessions/{n}/check-ins")
	@Operation(summary = "Who checked in, attending or not, and how they arrive")
	List<CheckInView> checkIns(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int n) {
		return sessions.checkIns(me, id, n).stream().map(CheckInView::of).toList();
	}

	@PutMapping("/api/v1/partnerships/{id}/sessions/{n}/check-ins")
	@Operation(summary = "Your own check-in: attending or not, and a line on how you arrive")
	CheckInView checkIn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestBody CheckInRequest request) {
		return CheckInView.of(sessions.checkIn(me, id, n, request.attending(), request.line()));
	}

	@GetMapping("/api/v1/partnerships/{id}/sessions/{n}/notes")
	@Operation(summary = "The session's shared notes, oldest first")
	List<NoteView> notes(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n) {
		return sessions.notes(me, id, n).stream().map(NoteView::of).toList();
	}

	@PostMapping("/api/v1/partnerships/{id}/sessions/{n}/notes")
	@Operation(summary = "Append a note (Markdown)")
	ResponseEntity<NoteView> note(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int n, @RequestBody TextRequest request) {
		return ResponseEntity.status(201).body(NoteView.of(sessions.note(me, id, n, request.body())));
	}

	@GetMapping("/api/v1/partnerships/{id}/sessions/{n}/commitments")
	@Operation(summary = "Commitments made in this session, and earlier open ones to look at again")
	CommitmentsView commitments(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int n) {
		return new CommitmentsView(sessions.commitments(me, id, n).stream().map(CommitmentView::of).toList(),
				sessions.toLookAgain(me, id, n).stream().map(CommitmentView::of).toList());
	}

	@PostMapping("/api/v1/partnerships/{id}/sessions/{n}/commitments")
	@Operation(summary = "Say what you will try before next time")
	ResponseEntity<CommitmentView> commit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int n, @RequestBody TextRequest request) {
		return ResponseEntity.status(201).body(CommitmentView.of(sessions.commit(me, id, n, request.body())));
	}

	@PutMapping("/api/v1/partnerships/{id}/commitments/{commitmentId}/review")
	@Operation(summary = "Look again at your own commitment: KEPT, LET_GO or STILL_TRYING, with a line")
	CommitmentView review(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long commitmentId, @RequestBody ReviewRequest request) {
		return CommitmentView.of(sessions.review(me, id, commitmentId, request.status(), request.line()));
	}

	@GetMapping("/api/v1/partnerships/{id}/sessions/{n}/reflections")
	@Operation(summary = "Your own reflection and those the other partners shared")
	List<ReflectionView> reflections(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int n) {
		return sessions.reflections(me, id, n).stream().map(ReflectionView::of).toList();
	}

	@PutMapping("/api/v1/partnerships/{id}/sessions/{n}/reflections")
	@Operation(summary = "Write your reflection; kept private unless shared is true")
	ReflectionView reflect(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestBody ReflectionRequest request) {
		return ReflectionView.of(sessions.reflect(me, id, n, request.body(), Boolean.TRUE.equals(request.shared())));
	}

	@GetMapping("/api/v1/partnerships/{id}/momentum")
	@Operation(summary = "Sessions held against those whose time has come, the current run of held sessions, and drift")
	Momentum momentum(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return sessions.momentum(me, id);
	}

	/**
	 * Too early to start: 409 naming {@code action}, with the planned start (in the
	 * session's zone) and the moment it opens.
	 */
	@ExceptionHandler(SessionNotOpenYet.class)
	ResponseEntity<ProblemDetail> notOpenYet(SessionNotOpenYet e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Not yet its time");
		problem.setProperty("plannedStart", e.plannedStart().toOffsetDateTime().toString());
		problem.setProperty("timeZone", e.plannedStart().getZone().getId());
		problem.setProperty("opensAt", e.opensAt().toString());
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private SessionDetail detail(AccountPrincipal me, long id, int n) {
		SessionDetails d = sessions.details(me, id, n);
		var step = d.currentStep();
		return new SessionDetail(SessionView.of(d.session(), d.roles()),
				d.routine() == null ? null : d.routine().getName(),
				step == null
						? null
						: new StepView(d.session().getCurrentStep(), step.title(), step.guidance(), step.minutes(),
								d.stepEndsAt()),
				d.routine() == null ? 0 : d.routine().getSteps().size(),
				"/api/v1/partnerships/" + id + "/sessions/" + n + "/calendar.ics");
	}
}
