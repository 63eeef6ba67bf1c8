package org.constellation.sessions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
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
import org.constellation.sessions.SessionNote;
import org.constellation.sessions.SessionRoles;
import org.constellation.sessions.SessionService;
import org.constellation.sessions.SessionStatus;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	record SessionView(int number, Instant startsAt, Instant endsAt, String timeZone, LocalDateTime localStart,
			int durationMinutes, boolean oneOff, SessionStatus status, boolean running, Long routineId,
			Integer currentStep, Instant stepStartedAt, Long hostId, Long timekeeperId, Long noteKeeperId,
			long version) {

		static SessionView of(Session s, SessionRoles roles) {
			return new SessionView(s.getNumber(), s.getStartsAt(), s.endsAt(), s.getTimeZone(),
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
	 * One of start (with routineId), step (with step, 0-based), end, move, cancel.
	 */
	record SessionChange(String action, Long routineId, Integer step, LocalDate date, LocalTime time, String timeZone,
			Integer durationMinutes, Long version) {
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
	@Operation(summary = "Run or change a session: action start (routineId), step (step, from 0), end, move (date, time, timeZone), cancel")
	SessionDetail change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int n,
			@RequestBody SessionChange change) {
		String action = change.action() == null ? "" : change.action().strip().toLowerCase(java.util.Locale.ROOT);
		switch (action) {
			case "start" -> sessions.start(me, id, n, change.routineId());
			case "step" -> sessions.goTo(me, id, n, change.step());
			case "end" -> sessions.end(me, id, n);
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
