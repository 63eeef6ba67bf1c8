package org.constellation.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipState;

/**
 * One session as a partner sees it: its roles, the routine and step it is at,
 * check-ins, notes, commitments made here and earlier ones to look at again,
 * and the reflections this partner may read (their own, and those shared);
 * {@code now} is the moment it was read, for what may start when.
 */
public record SessionDetails(PartnershipRef partnership, int partnerCount, Session session, SessionRoles roles,
		Routine routine, List<CheckIn> checkIns, CheckIn myCheckIn, List<SessionNote> notes,
		List<Commitment> commitments, List<Commitment> toLookAgain, List<Reflection> reflections,
		Reflection myReflection, List<Routine> routines, Map<Long, String> names, long viewerId, Instant now) {

	public RoutineStep currentStep() {
		if (routine == null || session.getCurrentStep() == null
				|| session.getCurrentStep() >= routine.getSteps().size()) {
			return null;
		}
		return routine.getSteps().get(session.getCurrentStep());
	}

	/** The step after the current one, or null on the last. */
	public RoutineStep nextStep() {
		if (currentStep() == null || isLastStep()) {
			return null;
		}
		return routine.getSteps().get(session.getCurrentStep() + 1);
	}

	/** The steps not yet reached: what ending now would skip. */
	public List<RoutineStep> stepsLeft() {
		if (currentStep() == null) {
			return List.of();
		}
		return routine.getSteps().subList(session.getCurrentStep() + 1, routine.getSteps().size());
	}

	public int stepCount() {
		return routine == null ? 0 : routine.getSteps().size();
	}

	/** When the current step's time box ends: a guide, never a cut-off. */
	public Instant stepEndsAt() {
		RoutineStep step = currentStep();
		return step == null ? null : session.getStepStartedAt().plus(Duration.ofMinutes(step.minutes()));
	}

	public boolean isLastStep() {
		return routine != null && session.isLastStep(routine.getSteps().size());
	}

	/** Whether ending now skips steps, and so asks to be confirmed. */
	public boolean endingIsEarly() {
		return session.isRunning() && currentStep() != null && !isLastStep();
	}

	/** Whether someone checked in as there: what makes the session held. */
	public boolean someoneThere() {
		return checkIns.stream().anyMatch(CheckIn::isAttending);
	}

	/** The reflections other partners shared. */
	public List<Reflection> sharedByOthers() {
		return reflections.stream().filter(r -> r.getPractitionerId() != viewerId).toList();
	}

	public boolean writable() {
		return partnership.state().isOpen();
	}

	public boolean canStart() {
		return partnership.state() == PartnershipState.ACTIVE && session.getStatus() == SessionStatus.PLANNED
				&& !session.isStarted();
	}

	/**
	 * It could start, but not yet at its planned time: it can be held now instead.
	 */
	public boolean tooEarly() {
		return canStart() && session.isTooEarlyToStart(now);
	}

	public boolean missed() {
		return session.wasMissed(now);
	}

	public String name(Long practitionerId) {
		return practitionerId == null ? "" : names.getOrDefault(practitionerId, "A former partner");
	}
}
