package org.constellation.sessions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of routines, open to every signed-in person, and the routines a
 * partnership writes for itself, read and edited by its partners alone.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class RoutineService {

	private final Routines routines;
	private final PartnershipAccess access;
	private final Clock clock;

	RoutineService(Routines routines, PartnershipAccess access, Clock clock) {
		this.routines = routines;
		this.access = access;
		this.clock = clock;
	}

	public List<Routine> library() {
		return routines.library();
	}

	public List<Routine> ownOf(AccountPrincipal viewer, long partnershipId) {
		access.requirePartner(viewer, partnershipId);
		return routines.findByPartnershipIdOrderByNameAsc(partnershipId);
	}

	/** A library routine, or one of this partnership's own for its partners. */
	public Routine routine(AccountPrincipal viewer, Long partnershipId, long id) {
		Routine routine = routines.findById(id).orElseThrow(() -> new NotFoundException("Routine " + id));
		if (routine.isLibrary()) {
			if (partnershipId != null) {
				access.requirePartner(viewer, partnershipId);
			}
			return routine;
		}
		if (partnershipId == null || routine.getPartnershipId() != partnershipId.longValue()) {
			throw new NotFoundException("Routine " + id);
		}
		access.requirePartner(viewer, partnershipId);
		return routine;
	}

	@Transactional
	public Routine write(AccountPrincipal viewer, long partnershipId, RoutineDraft draft) {
		access.requireWrite(viewer, partnershipId);
		Routine routine = new Routine(partnershipId, viewer.practitionerId(), clock.instant());
		routine.write(draft.name(), draft.summary(), steps(draft), clock.instant());
		return routines.saveAndFlush(routine);
	}

	@Transactional
	public Routine change(AccountPrincipal viewer, long partnershipId, long id, RoutineDraft draft) {
		access.requireWrite(viewer, partnershipId);
		Routine routine = routine(viewer, partnershipId, id);
		if (draft.version() != null && draft.version() != routine.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Routine.class, id);
		}
		routine.write(draft.name(), draft.summary(), steps(draft), clock.instant());
		return routines.saveAndFlush(routine);
	}

	private static List<RoutineStep> steps(RoutineDraft draft) {
		List<RoutineStep> steps = new ArrayList<>();
		if (draft.steps() == null) {
			return steps;
		}
		for (RoutineDraft.Step step : draft.steps()) {
			if (step == null || step.isBlank()) {
				continue;
			}
			if (step.minutes() == null) {
				throw new InvalidInputException("steps[" + steps.size() + "].minutes",
						"Give step " + (steps.size() + 1) + " a time box in minutes");
			}
			steps.add(new RoutineStep(step.title(), step.guidance(), step.minutes()));
		}
		return steps;
	}
}
