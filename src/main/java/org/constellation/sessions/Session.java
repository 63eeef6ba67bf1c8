package org.constellation.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting of a partnership, numbered in the order sessions were planned. The
 * runner walks a routine's steps: {@code currentStep} and {@code stepStartedAt}
 * say where the partners are, so that every partner's page shows the same step.
 * A planned session starts only near its time (from {@link #OPENS_BEFORE}
 * before), or is planned again for now; ending it before its last step must be
 * confirmed; and it counts as held only when someone checked in as there.
 */
@Entity
@Table(name = "partnership_sessions")
@NamedInterface(name = "entities", propagate = false)
public class Session {

	/** How long before its planned start a session may start. */
	public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);

	/** The longest a session may last (its forms allow 10 to 480 minutes). */
	static final Duration LONGEST = Duration.ofMinutes(480);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private int number;

	private Instant startsAt;

	private String timeZone;

	private int durationMinutes;

	/** The moment the cadence gave this session; null for a one-off. */
	private Instant plannedFor;

	private Long routineId;

	@Enumerated(EnumType.STRING)
	private SessionStatus status = SessionStatus.PLANNED;

	private Integer currentStep;

	private Instant stepStartedAt;

	private Instant startedAt;

	private Instant endedAt;

	private Instant remindedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Session() {
	}

	Session(long partnershipId, int number, ZonedDateTime start, int durationMinutes, Instant plannedFor, Instant now) {
		this.partnershipId = partnershipId;
		this.number = number;
		this.startsAt = start.toInstant();
		this.timeZone = start.getZone().getId();
		this.durationMinutes = durationMinutes;
		this.plannedFor = plannedFor;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public boolean isStarted() {
		return startedAt != null;
	}

	public boolean isRunning() {
		return status == SessionStatus.PLANNED && startedAt != null;
	}

	/** The first moment this session may start at its planned time. */
	public Instant opensAt() {
		return startsAt.minus(OPENS_BEFORE);
	}

	/**
	 * Planned and not started, and too early to start at its planned time: it can
	 * only be held now by planning it again for now.
	 */
	public boolean isTooEarlyToStart(Instant now) {
		return status == SessionStatus.PLANNED && startedAt == null && now.isBefore(opensAt());
	}

	/**
	 * Planned, never started, and its time is over: it passed without being held.
	 */
	public boolean wasMissed(Instant now) {
		return status == SessionStatus.PLANNED && startedAt == null && endsAt().isBefore(now);
	}

	public Instant endsAt() {
		return startsAt.plus(Duration.ofMinutes(durationMinutes));
	}

	public ZonedDateTime start() {
		return startsAt.atZone(ZoneId.of(timeZone));
	}

	void move(ZonedDateTime start, Integer durationMinutes, Instant now) {
		requirePlannedNotStarted("move");
		this.startsAt = start.toInstant();
		this.timeZone = start.getZone().getId();
		if (durationMinutes != null) {
			this.durationMinutes = durationMinutes;
		}
		this.remindedAt = null;
		this.updatedAt = now;
	}

	void cancel(Instant now) {
		if (status == SessionStatus.CANCELLED) {
			return;
		}
		requirePlannedNotStarted("cancel");
		this.status = SessionStatus.CANCELLED;
		this.updatedAt = now;
	}

	void begin(Routine routine, Instant now) {
		if (status != SessionStatus.PLANNED) {
			throw new ConflictException(null, switch (status) {
				case HELD, NOT_HELD -> "This session has ended already";
				default -> "This session was cancelled";
			});
		}
		if (isStarted()) {
			throw new ConflictException(null, "This session has started already");
		}
		if (routine.getSteps().isEmpty()) {
			throw new InvalidInputException("routineId", "This routine has no steps");
		}
		if (isTooEarlyToStart(now)) {
			throw new SessionNotOpenYet(start(), opensAt());
		}
		this.routineId = routine.getId();
		this.currentStep = 0;
		this.stepStartedAt = now;
		this.startedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Holding the session now instead of at its planned time: it is planned again
	 * for this moment (in its own time zone, its length kept) and starts. Within
	 * its time it simply starts.
	 */
	void holdNow(Routine routine, Instant now) {
		if (isTooEarlyToStart(now)) {
			this.startsAt = now;
		}
		begin(routine, now);
	}

	/**
	 * Going to a step by its index, so two partners pressing "next" together move
	 * once.
	 */
	void goTo(int step, int stepCount, Instant now) {
		if (!isRunning()) {
			throw new ConflictException("step", "The session is not under way");
		}
		if (step < 0 || step >= stepCount) {
			throw new InvalidInputException("step", "Choose a step from 1 to " + stepCount);
		}
		if (currentStep != step) {
			this.currentStep = step;
			this.stepStartedAt = now;
		}
		this.updatedAt = now;
	}

	/**
	 * Ending: held when at least one partner checked in as there, otherwise not
	 * held. Before the last step only when {@code confirmed}, so that one click
	 * beside "Next step" never ends a session by mistake.
	 */
	void end(boolean confirmed, int stepCount, boolean someoneThere, Instant now) {
		if (status.isEnded()) {
			return;
		}
		if (!isRunning()) {
			throw new ConflictException(null, "Start the session before ending it");
		}
		if (!confirmed && currentStep != null && currentStep < stepCount - 1) {
			throw new ConflictException("confirm", "The session is at step " + (currentStep + 1) + " of " + stepCount
					+ ": to end it before its last step, confirm that you want to (confirm: true)");
		}
		this.status = someoneThere ? SessionStatus.HELD : SessionStatus.NOT_HELD;
		this.endedAt = now;
		this.updatedAt = now;
	}

	/**
	 * After a check-in changed: an ended session is held exactly when someone
	 * checked in as there. Returns whether it is held now and was not before.
	 */
	boolean recount(boolean someoneThere, Instant now) {
		if (!status.isEnded()) {
			return false;
		}
		SessionStatus truth = someoneThere ? SessionStatus.HELD : SessionStatus.NOT_HELD;
		if (truth == status) {
			return false;
		}
		this.status = truth;
		this.updatedAt = now;
		return truth == SessionStatus.HELD;
	}

	public boolean isLastStep(int stepCount) {
		return currentStep != null && currentStep == stepCount - 1;
	}

	private void requirePlannedNotStarted(String what) {
		if (status != SessionStatus.PLANNED || isStarted()) {
			throw new ConflictException(null, "Only a planned session that has not started can be "
					+ (what.equals("move") ? "moved" : "cancelled"));
		}
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public int getNumber() {
		return number;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public Instant getPlannedFor() {
		return plannedFor;
	}

	public boolean isOneOff() {
		return plannedFor == null;
	}

	public Long getRoutineId() {
		return routineId;
	}

	public SessionStatus getStatus() {
		return status;
	}

	public Integer getCurrentStep() {
		return currentStep;
	}

	public Instant getStepStartedAt() {
		return stepStartedAt;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
