package org.constellation.sessions;

import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipState;

/**
 * One session as a partner sees it: its roles, the routine and step it is at,
 * check-ins, notes, commitments made here and earlier ones to look at again,
 * and the reflections this partner may read (their own, and those shared).
 */
public record SessionDetails(PartnershipRef partnership, int partnerCount, Session session, SessionRoles roles,
		Routine routine, List<CheckIn> checkIns, CheckIn myCheckIn, List<SessionNote> notes,
		List<Commitment> commitments, List<Commitment> toLookAgain, List<Reflection> reflections,
		Reflection myReflection, List<Routine> routines, Map<Long, String> names, long viewerId) {

	public RoutineStep currentStep() {
		if (routine == null || session.getCurrentStep() == null
				|| session.getCurrentStep() >= routine.getSteps().size()) {
			return null;
		}
		return routine.getSteps().get(session.getCurrentStep());
	}

	/** When the current step's time box ends: a guide, never a cut-off. */
	public java.time.Instant stepEndsAt() {
		RoutineStep step = currentStep();
		return step == null ? null : session.getStepStartedAt().plus(java.time.Duration.ofMinutes(step.minutes()));
	}

	public boolean isLastStep() {
		return routine != null && session.getCurrentStep() != null
				&& session.getCurrentStep() == routine.getSteps().size() - 1;
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

	public String name(Long practitionerId) {
		return practitionerId == null ? "" : names.getOrDefault(practitionerId, "A former partner");
	}
}
