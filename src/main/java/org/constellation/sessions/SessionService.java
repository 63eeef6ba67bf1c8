package org.constellation.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.gatherings.CalendarEntry;
import org.constellation.gatherings.CalendarEvent;
import org.constellation.gatherings.ICalendar;
import org.constellation.partnerships.PartnerStanding;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.PartnershipState;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.TimeZones;
import org.constellation.shared.Versions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of a partnership: the cadence they are planned from, one-off
 * sessions, moving and cancelling, the runner (start, steps, end), presence,
 * shared notes, commitments and reflections, momentum and invites. Every read
 * and write asks {@link PartnershipAccess} first: only current partners read,
 * and nobody writes once the partnership is closed.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class SessionService {

	private final PartnershipAccess access;
	private final PartnershipService partnerships;
	private final Sessions sessions;
	private final Cadences cadences;
	private final Routines routines;
	private final CheckIns checkIns;
	private final SessionNotes notes;
	private final Commitments commitments;
	private final Reflections reflections;
	private final SessionPlanner planner;
	private final People people;
	private final Clock clock;
	private final String baseUrl;

	SessionService(PartnershipAccess access, PartnershipService partnerships, Sessions sessions, Cadences cadences,
			Routines routines, CheckIns checkIns, SessionNotes notes, Commitments commitments, Reflections reflections,
			SessionPlanner planner, People people, Clock clock, @Value("${constellation.base-url}") String baseUrl) {
		this.access = access;
		this.partnerships = partnerships;
		this.sessions = sessions;
		this.cadences = cadences;
		this.routines = routines;
		this.checkIns = checkIns;
		this.notes = notes;
		this.commitments = commitments;
		this.reflections = reflections;
		this.planner = planner;
		this.people = people;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	// Reading

	/** The zone a person reads times in: their profile's, or UTC. */
	public String zoneOf(AccountPrincipal viewer) {
		return viewer == null || viewer.practitionerId() == null ? "UTC" : people.timeZoneOf(viewer.practitionerId());
	}

	public SessionsOverview overview(AccountPrincipal viewer, long partnershipId) {
		access.requirePartner(viewer, partnershipId);
		PartnershipRef p = partnership(partnershipId);
		List<Long> partners = access.partnerIds(partnershipId);
		Instant now = clock.instant();
		List<Session> all = sessions.ofPartnership(partnershipId);
		List<Session> upcoming = all.stream()
				.filter(s -> !s.getStatus().isEnded() && !s.endsAt().isBefore(now) || s.isRunning()).toList();
		List<Session> past = all.stream().filter(s -> !upcoming.contains(s)).toList().reversed();
		Map<Integer, SessionRoles> roles = new HashMap<>();
		all.forEach(s -> roles.put(s.getNumber(), SessionRoles.of(s.getNumber(), partners)));
		return new SessionsOverview(p, partners.size(), cadences.findById(partnershipId).orElse(null), upcoming, past,
				Momentum.of(all, now), roles, people.displayNames(partners));
	}

	public Momentum momentum(AccountPrincipal viewer, long partnershipId) {
		access.requirePartner(viewer, partnershipId);
		return Momentum.of(sessions.ofPartnership(partnershipId), clock.instant());
	}

	public Cadence cadence(AccountPrincipal viewer, long partnershipId) {
		access.requirePartner(viewer, partnershipId);
		return cadences.findById(partnershipId).orElse(null);
	}

	public List<Session> sessions(AccountPrincipal viewer, long partnershipId) {
		access.requirePartner(viewer, partnershipId);
		return sessions.ofPartnership(partnershipId);
	}

	public SessionDetails details(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		long me = viewer.practitionerId();
		PartnershipRef p = partnership(partnershipId);
		Session s = session(partnershipId, number);
		List<Long> partners = access.partnerIds(partnershipId);
		Routine routine = s.getRoutineId() == null ? null : routines.findById(s.getRoutineId()).orElse(null);
		List<CheckIn> present = checkIns.findBySessionIdOrderByUpdatedAtAsc(s.getId());
		List<SessionNote> said = notes.findBySessionIdOrderByCreatedAtAscIdAsc(s.getId());
		List<Commitment> made = commitments.findBySessionIdOrderByIdAsc(s.getId());
		List<Commitment> again = commitments.toLookAgain(partnershipId, s.getStartsAt(), s.getId());
		List<Reflection> readable = reflections.findBySessionIdOrderByUpdatedAtAsc(s.getId()).stream()
				.filter(r -> r.readableBy(me)).toList();
		Reflection mine = readable.stream().filter(r -> r.getPractitionerId() == me).findFirst().orElse(null);
		Set<Long> named = new HashSet<>(partners);
		present.forEach(c -> named.add(c.getPractitionerId()));
		said.forEach(n -> named.add(n.getAuthorId()));
		made.forEach(c -> named.add(c.getPractitionerId()));
		again.forEach(c -> named.add(c.getPractitionerId()));
		readable.forEach(r -> named.add(r.getPractitionerId()));
		named.remove(null);
		List<Routine> choices = new ArrayList<>(routines.library());
		choices.addAll(routines.findByPartnershipIdOrderByNameAsc(partnershipId));
		return new SessionDetails(p, partners.size(), s, SessionRoles.of(number, partners), routine, present,
				present.stream().filter(c -> c.getPractitionerId() == me).findFirst().orElse(null), said, made, again,
				readable, mine, choices, people.displayNames(named), me, clock.instant());
	}

	public List<CheckIn> checkIns(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		return checkIns.findBySessionIdOrderByUpdatedAtAsc(session(partnershipId, number).getId());
	}

	public List<SessionNote> notes(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		return notes.findBySessionIdOrderByCreatedAtAscIdAsc(session(partnershipId, number).getId());
	}

	public List<Commitment> commitments(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		return commitments.findBySessionIdOrderByIdAsc(session(partnershipId, number).getId());
	}

	public List<Commitment> toLookAgain(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		Session s = session(partnershipId, number);
		return commitments.toLookAgain(partnershipId, s.getStartsAt(), s.getId());
	}

	/** The reflections this partner may read: their own, and those shared. */
	public List<Reflection> reflections(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		return reflections.findBySessionIdOrderByUpdatedAtAsc(session(partnershipId, number).getId()).stream()
				.filter(r -> r.readableBy(viewer.practitionerId())).toList();
	}

	public SessionPresence presence(AccountPrincipal viewer, long partnershipId) {
		access.requirePartner(viewer, partnershipId);
		Instant now = clock.instant();
		List<Session> shown = sessions.ofPartnership(partnershipId).stream()
				.filter(s -> s.getStatus() != SessionStatus.CANCELLED)
				.filter(s -> s.isStarted() || s.getStartsAt().isBefore(now)).toList().reversed();
		Map<Long, Map<Long, CheckIn>> bySession = new HashMap<>();
		Set<Long> named = new HashSet<>(access.partnerIds(partnershipId));
		if (!shown.isEmpty()) {
			for (CheckIn c : checkIns.findBySessionIdIn(shown.stream().map(Session::getId).toList())) {
				bySession.computeIfAbsent(c.getSessionId(), k -> new HashMap<>()).put(c.getPractitionerId(), c);
				named.add(c.getPractitionerId());
			}
		}
		List<Long> partners = new ArrayList<>(access.partnerIds(partnershipId));
		// partners who have left still appear in the history they were part of
		named.stream().filter(id -> !partners.contains(id)).sorted().forEach(partners::add);
		return new SessionPresence(partnership(partnershipId), access.partnerIds(partnershipId).size(), shown, partners,
				bySession, people.displayNames(named));
	}

	public PartnershipRef partnership(long id) {
		return partnerships.ref(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}

	private Session session(long partnershipId, int number) {
		return sessions.findByPartnershipIdAndNumber(partnershipId, number)
				.orElseThrow(() -> new NotFoundException("Session " + number));
	}

	private Session locked(long partnershipId, int number) {
		return sessions.lockByPartnershipIdAndNumber(partnershipId, number)
				.orElseThrow(() -> new NotFoundException("Session " + number));
	}

	// Cadence and planning

	@Transactional
	public Cadence setCadence(AccountPrincipal viewer, long partnershipId, CadenceDraft draft) {
		access.requireWrite(viewer, partnershipId);
		Instant now = clock.instant();
		Cadence cadence = cadences.findById(partnershipId).orElse(null);
		if (cadence != null) {
			// changing the cadence there is, not setting the first
			Versions.required(draft.version());
			if (draft.version() != cadence.getVersion()) {
				throw new ObjectOptimisticLockingFailureException(Cadence.class, partnershipId);
			}
		}
		if (cadence == null) {
			cadence = new Cadence(partnershipId);
		}
		cadence.set(draft, viewer.practitionerId(), now);
		cadence = cadences.saveAndFlush(cadence);
		planner.replan(partnershipId);
		return cadence;
	}

	/** A session outside the cadence, at any moment partners choose. */
	@Transactional
	public Session addOneOff(AccountPrincipal viewer, long partnershipId, LocalDate date, LocalTime time, String zone,
			Integer durationMinutes) {
		access.requireWrite(viewer, partnershipId);
		ZonedDateTime start = start(date, time, zone);
		int minutes = duration(durationMinutes);
		Session s = new Session(partnershipId, sessions.lastNumber(partnershipId) + 1, start, minutes, null,
				clock.instant());
		return sessions.saveAndFlush(s);
	}

	@Transactional
	public Session move(AccountPrincipal viewer, long partnershipId, int number, LocalDate date, LocalTime time,
			String zone, Integer durationMinutes, Long version) {
		access.requireWrite(viewer, partnershipId);
		Session s = current(partnershipId, number, version);
		s.move(start(date, time, zone), durationMinutes == null ? null : duration(durationMinutes), clock.instant());
		return sessions.saveAndFlush(s);
	}

	@Transactional
	public Session cancel(AccountPrincipal viewer, long partnershipId, int number, Long version) {
		access.requireWrite(viewer, partnershipId);
		Session s = current(partnershipId, number, version);
		s.cancel(clock.instant());
		return sessions.saveAndFlush(s);
	}

	private Session current(long partnershipId, int number, Long version) {
		Session s = locked(partnershipId, number);
		if (version != null && version != s.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Session.class, s.getId());
		}
		return s;
	}

	private static ZonedDateTime start(LocalDate date, LocalTime time, String zone) {
		if (date == null) {
			throw new InvalidInputException("date", "Choose the date");
		}
		if (time == null) {
			throw new InvalidInputException("time", "Choose the start time, like 16:00");
		}
		return date.atTime(time).atZone(TimeZones.check("timeZone", zone));
	}

	private static int duration(Integer minutes) {
		if (minutes == null || minutes < 10 || minutes > 480) {
			throw new InvalidInputException("durationMinutes", "Say how long the session lasts: 10 to 480 minutes");
		}
		return minutes;
	}

	// The runner

	/**
	 * Starts the session with a routine, from {@link Session#OPENS_BEFORE} before
	 * its planned start. Earlier it is refused ({@link SessionNotOpenYet}) unless
	 * {@code holdNow}: the session is then planned again for now, and starts.
	 */
	@Transactional
	public Session start(AccountPrincipal viewer, long partnershipId, int number, Long routineId, boolean holdNow) {
		PartnerStanding standing = access.requireWrite(viewer, partnershipId);
		if (standing.state() != PartnershipState.ACTIVE) {
			throw new ConflictException(null, "Sessions run once the partnership is active");
		}
		if (routineId == null) {
			throw new InvalidInputException("routineId", "Choose a routine to walk through");
		}
		Routine routine = routines.findById(routineId)
				.filter(r -> r.isLibrary() || r.getPartnershipId() == partnershipId)
				.orElseThrow(() -> new InvalidInputException("routineId", "Choose one of the routines listed"));
		Session s = locked(partnershipId, number);
		if (holdNow) {
			s.holdNow(routine, clock.instant());
		} else {
			s.begin(routine, clock.instant());
		}
		return sessions.saveAndFlush(s);
	}

	/**
	 * Starts the session at its planned time; see
	 * {@link #start(AccountPrincipal, long, int, Long, boolean)}.
	 */
	@Transactional
	public Session start(AccountPrincipal viewer, long partnershipId, int number, Long routineId) {
		return start(viewer, partnershipId, number, routineId, false);
	}

	@Transactional
	public Session goTo(AccountPrincipal viewer, long partnershipId, int number, Integer step) {
		access.requireWrite(viewer, partnershipId);
		if (step == null) {
			throw new InvalidInputException("step", "Say which step to go to");
		}
		Session s = locked(partnershipId, number);
		s.goTo(step, stepCount(s), clock.instant());
		return sessions.saveAndFlush(s);
	}

	/**
	 * Ending: the session is held when at least one partner checked in as there,
	 * and not held otherwise; a held session ends any drift. Before the last step
	 * only when {@code confirmed}.
	 */
	@Transactional
	public Session end(AccountPrincipal viewer, long partnershipId, int number, boolean confirmed) {
		access.requireWrite(viewer, partnershipId);
		Session s = locked(partnershipId, number);
		s.end(confirmed, stepCount(s), checkIns.existsBySessionIdAndAttendingTrue(s.getId()), clock.instant());
		s = sessions.saveAndFlush(s);
		if (s.getStatus() == SessionStatus.HELD) {
			sessions.resetDrift(partnershipId);
		}
		return s;
	}

	private int stepCount(Session s) {
		return s.getRoutineId() == null
				? 0
				: routines.findById(s.getRoutineId()).map(r -> r.getSteps().size()).orElse(0);
	}

	/**
	 * What the session room changes with, for a current partner: asked every second
	 * or so by each open room, so two statements after the access check.
	 */
	public RoomStamp roomStamp(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		List<Object[]> rows = sessions.roomStamp(partnershipId, number);
		if (rows.isEmpty()) {
			throw new NotFoundException("Session " + number);
		}
		Object[] row = rows.getFirst();
		boolean early = row[1] == SessionStatus.PLANNED && row[2] == null
				&& clock.instant().isBefore(((Instant) row[3]).minus(Session.OPENS_BEFORE));
		Instant lastCheckIn = (Instant) row[5];
		return new RoomStamp(((Number) row[0]).longValue(), early,
				RoomStamp.checkIns(((Number) row[4]).longValue(), lastCheckIn == null ? 0 : lastCheckIn.toEpochMilli()),
				((Number) row[6]).longValue(), ((Number) row[7]).longValue());
	}

	// What partners say

	@Transactional
	public CheckIn checkIn(AccountPrincipal viewer, long partnershipId, int number, Boolean attending, String line) {
		access.requireWrite(viewer, partnershipId);
		if (attending == null) {
			throw new InvalidInputException("attending", "Say whether you are there");
		}
		Session s = locked(partnershipId, number);
		if (s.getStatus() == SessionStatus.CANCELLED) {
			throw new ConflictException(null, "This session was cancelled");
		}
		CheckIn checkIn = checkIns.findBySessionIdAndPractitionerId(s.getId(), viewer.practitionerId())
				.orElseGet(() -> new CheckIn(s.getId(), viewer.practitionerId()));
		checkIn.say(attending, line, clock.instant());
		checkIn = checkIns.saveAndFlush(checkIn);
		// a session ended before anyone checked in becomes held once someone has
		if (s.getStatus().isEnded()) {
			boolean nowHeld = s.recount(checkIns.existsBySessionIdAndAttendingTrue(s.getId()), clock.instant());
			sessions.saveAndFlush(s);
			if (nowHeld) {
				sessions.resetDrift(partnershipId);
			}
		}
		return checkIn;
	}

	@Transactional
	public SessionNote note(AccountPrincipal viewer, long partnershipId, int number, String body) {
		access.requireWrite(viewer, partnershipId);
		Session s = session(partnershipId, number);
		return notes.saveAndFlush(new SessionNote(s.getId(), viewer.practitionerId(), body, clock.instant()));
	}

	@Transactional
	public Commitment commit(AccountPrincipal viewer, long partnershipId, int number, String body) {
		access.requireWrite(viewer, partnershipId);
		Session s = session(partnershipId, number);
		return commitments
				.saveAndFlush(new Commitment(partnershipId, s.getId(), viewer.practitionerId(), body, clock.instant()));
	}

	@Transactional
	public Commitment review(AccountPrincipal viewer, long partnershipId, long commitmentId, CommitmentStatus status,
			String line) {
		access.requireWrite(viewer, partnershipId);
		Commitment c = commitments.findById(commitmentId).filter(x -> x.getPartnershipId() == partnershipId)
				.orElseThrow(() -> new NotFoundException("Commitment " + commitmentId));
		c.review(viewer.practitionerId(), status, line, clock.instant());
		return commitments.saveAndFlush(c);
	}

	@Transactional
	public Reflection reflect(AccountPrincipal viewer, long partnershipId, int number, String body, boolean shared) {
		access.requireWrite(viewer, partnershipId);
		Session s = session(partnershipId, number);
		Reflection r = reflections.findBySessionIdAndPractitionerId(s.getId(), viewer.practitionerId())
				.orElseGet(() -> new Reflection(s.getId(), viewer.practitionerId()));
		r.write(body, shared, clock.instant());
		return reflections.saveAndFlush(r);
	}

	// Calendar

	/** The RFC 5545 invite to one session, for a current partner. */
	public String invite(AccountPrincipal viewer, long partnershipId, int number) {
		access.requirePartner(viewer, partnershipId);
		PartnershipRef p = partnership(partnershipId);
		return ICalendar.write("Partnership session", List.of(event(session(partnershipId, number), p.focus())));
	}

	/**
	 * A session as a calendar event: the time and a link, never anything said
	 * inside the partnership.
	 */
	CalendarEvent event(Session s, String focus) {
		String page = baseUrl + "/partnerships/" + s.getPartnershipId() + "/sessions/" + s.getNumber();
		return new CalendarEvent("partnership-session-" + s.getId() + "@constellation", s.start(),
				Duration.ofMinutes(s.getDurationMinutes()), "Partnership session: " + focus,
				"Session " + s.getNumber() + " of your learning partnership.\n\nOpen it: " + page, "", page,
				(int) s.getVersion(), s.getStatus() == SessionStatus.CANCELLED, s.getUpdatedAt());
	}

	List<CalendarEvent> eventsFor(long practitionerId, Instant since) {
		Map<Long, String> focus = new LinkedHashMap<>();
		access.partnershipsOf(practitionerId).stream().filter(p -> p.state() != PartnershipState.CLOSED)
				.forEach(p -> focus.put(p.id(), p.focus()));
		if (focus.isEmpty()) {
			return List.of();
		}
		return sessions.upcomingIn(focus.keySet(), since.minus(Duration.ofHours(8))).stream()
				.filter(s -> s.endsAt().isAfter(since)).map(s -> event(s, focus.get(s.getPartnershipId()))).toList();
	}

	/**
	 * A partner's sessions that take place at least in part between two instants,
	 * in the partnerships they are a current partner of (closed ones left out): the
	 * focus and the time, never what is said inside. Three statements.
	 */
	List<CalendarEntry> entriesBetween(long practitionerId, Instant from, Instant to) {
		Map<Long, String> focus = new LinkedHashMap<>();
		access.partnershipsOf(practitionerId).stream().filter(p -> p.state() != PartnershipState.CLOSED)
				.forEach(p -> focus.put(p.id(), p.focus()));
		if (focus.isEmpty()) {
			return List.of();
		}
		return sessions.startingBetween(focus.keySet(), from.minus(Session.LONGEST), to).stream()
				.filter(s -> s.endsAt().isAfter(from))
				.map(s -> new CalendarEntry("partnership-session-" + s.getId() + "@constellation",
						CalendarEntry.Kind.PARTNERSHIP_SESSION, focus.get(s.getPartnershipId()), "", s.getStartsAt(),
						s.endsAt(), "", "/partnerships/" + s.getPartnershipId() + "/sessions/" + s.getNumber(), null,
						s.getStatus() == SessionStatus.CANCELLED))
				.toList();
	}
}
