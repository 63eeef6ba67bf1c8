package org.constellation.sessions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.sessions.Routine;
import org.constellation.sessions.RoutineDraft;
import org.constellation.sessions.RoutineService;
import org.constellation.sessions.RoutineStep;
import org.constellation.shared.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routines over HTTP: the shared library for everyone signed in, and a
 * partnership's own routines for its partners alone.
 */
@RestController
@Tag(name = "Routines", description = "Peer session protocols: the library and a partnership's own")
class RoutinesApi {

	record RoutineView(long id, Long partnershipId, String name, String summary, List<RoutineStep> steps,
			int totalMinutes, long version) {
		static RoutineView of(Routine r) {
			return new RoutineView(r.getId(), r.getPartnershipId(), r.getName(), r.getSummary(), r.getSteps(),
					r.totalMinutes(), r.getVersion());
		}
	}

	private final RoutineService routines;

	RoutinesApi(RoutineService routines) {
		this.routines = routines;
	}

	@GetMapping("/api/v1/routines")
	@Operation(summary = "The library of routines; with partnershipId, that partnership's own as well (partners only)")
	List<RoutineView> list(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(required = false) Long partnershipId) {
		List<Routine> all = new ArrayList<>(routines.library());
		if (partnershipId != null) {
			all.addAll(routines.ownOf(me, partnershipId));
		}
		return all.stream().map(RoutineView::of).toList();
	}

	@GetMapping("/api/v1/routines/{routineId}")
	@Operation(summary = "One routine of the library")
	RoutineView get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long routineId) {
		return RoutineView.of(routines.routine(me, null, routineId));
	}

	@GetMapping("/api/v1/partnerships/{id}/routines/{routineId}")
	@Operation(summary = "A routine as a partnership sees it: from the library or its own")
	RoutineView getOwn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long routineId) {
		return RoutineView.of(routines.routine(me, id, routineId));
	}

	@PostMapping("/api/v1/partnerships/{id}/routines")
	@Operation(summary = "Write a routine of your partnership's own (any partner); steps with a blank title are left out")
	ResponseEntity<RoutineView> write(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody RoutineDraft draft) {
		Routine r = routines.write(me, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/routines/" + r.getId()))
				.body(RoutineView.of(r));
	}

	@PutMapping("/api/v1/partnerships/{id}/routines/{routineId}")
	@Operation(summary = "Change one of your partnership's routines (any partner); send the version you started from")
	RoutineView change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long routineId, @RequestBody RoutineDraft draft) {
		Versions.required(draft.version());
		return RoutineView.of(routines.change(me, id, routineId, draft));
	}
}
