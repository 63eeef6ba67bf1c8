package org.constellation.journeys.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.constellation.journeys.JourneyService;
import org.constellation.journeys.JourneyStage;
import org.constellation.journeys.Milestone;
import org.constellation.journeys.MilestoneDraft;
import org.constellation.journeys.ReflectionDraft;
import org.constellation.journeys.ReflectionView;
import org.constellation.journeys.StageDraft;
import org.constellation.journeys.StageReflection;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stages of a journey (read by everyone, kept by stewards) and your own
 * stage reflections and milestones. No endpoint reads or writes anyone else's.
 */
@RestController
@RequestMapping("/api/v1/journey")
@Tag(name = "Journey", description = "Stages, your stage reflections over time and your milestones")
class JourneyApi {

	record StageView(Long id, int position, String name, String description, boolean transition, long version) {

		static StageView of(JourneyStage s) {
			return new StageView(s.getId(), s.getPosition(), s.getName(), s.getDescription(), s.isTransition(),
					s.getVersion());
		}
	}

	record ReflectionItem(Long id, Long stageId, String stageName, boolean transition, LocalDate reflectedOn,
			String reflection, String reflectionHtml) {

		static ReflectionItem of(StageReflection r, String name, boolean transition) {
			return new ReflectionItem(r.getId(), r.getStageId(), name, transition, r.getReflectedOn(),
					r.getReflection(), r.getReflectionHtml());
		}

		static ReflectionItem of(ReflectionView v) {
			return of(v.reflection(), v.stageName(), v.transition());
		}
	}

	record MilestoneItem(Long id, String title, LocalDate happenedOn, String note, Long partnershipId,
			String partnershipFocus) {

		static MilestoneItem of(Milestone m, String focus) {
			return new MilestoneItem(m.getId(), m.getTitle(), m.getHappenedOn(), m.getNote(), m.getPartnershipId(),
					focus);
		}
	}

	record MoveRequest(boolean earlier) {
	}

	private final JourneyService journey;

	JourneyApi(JourneyService journey) {
		this.journey = journey;
	}

	@GetMapping("/stages")
	@Operation(summary = "The stages people reflect against, in order")
	List<StageView> stages() {
		return journey.stages().stream().map(StageView::of).toList();
	}

	@PostMapping("/stages")
	@Operation(summary = "Add a stage at the end (stewards)")
	ResponseEntity<StageView> addStage(@Valid @RequestBody StageDraft draft) {
		JourneyStage s = journey.addStage(draft);
		return ResponseEntity.created(URI.create("/api/v1/journey/stages/" + s.getId())).body(StageView.of(s));
	}

	@PutMapping("/stages/{id}")
	@Operation(summary = "Rename or describe a stage (stewards); send the version you started from")
	StageView changeStage(@PathVariable long id, @Valid @RequestBody StageDraft draft) {
		Versions.required(draft.version());
		return StageView.of(journey.changeStage(id, draft));
	}

	@PostMapping("/stages/{id}/move")
	@Operation(summary = "Move a stage one place earlier or later (stewards)")
	List<StageView> move(@PathVariable long id, @RequestBody MoveRequest request) {
		return journey.moveStage(id, request.earlier()).stream().map(StageView::of).toList();
	}

	@DeleteMapping("/stages/{id}")
	@Operation(summary = "Delete a stage nobody has reflected against (stewards); 409 when in use")
	ResponseEntity<Void> deleteStage(@PathVariable long id) {
		journey.deleteStage(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/reflections")
	@Operation(summary = "Your stage reflections, oldest first")
	List<ReflectionItem> reflections(@AuthenticationPrincipal AccountPrincipal me) {
		return journey.reflections(me).stream().map(ReflectionItem::of).toList();
	}

	@PostMapping("/reflections")
	@Operation(summary = "Record where you see yourself now (or on a day before), in your own words")
	ResponseEntity<ReflectionItem> reflect(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody ReflectionDraft draft) {
		StageReflection r = journey.reflect(me, draft);
		JourneyStage s = journey.stage(r.getStageId());
		return ResponseEntity.created(URI.create("/api/v1/journey/reflections/" + r.getId()))
				.body(ReflectionItem.of(r, s.getName(), s.isTransition()));
	}

	@DeleteMapping("/reflections/{id}")
	@Operation(summary = "Delete one of your stage reflections")
	ResponseEntity<Void> deleteReflection(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		journey.deleteReflection(me, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/milestones")
	@Operation(summary = "Your milestones, oldest first")
	List<MilestoneItem> milestones(@AuthenticationPrincipal AccountPrincipal me) {
		return journey.milestones(me).stream().map(v -> MilestoneItem.of(v.milestone(), v.partnershipFocus())).toList();
	}

	@PostMapping("/milestones")
	@Operation(summary = "Mark a milestone, optionally in a partnership you are in")
	ResponseEntity<MilestoneItem> mark(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody MilestoneDraft draft) {
		Milestone m = journey.mark(me, draft);
		return ResponseEntity.created(URI.create("/api/v1/journey/milestones/" + m.getId()))
				.body(MilestoneItem.of(m, null));
	}

	@DeleteMapping("/milestones/{id}")
	@Operation(summary = "Delete one of your milestones")
	ResponseEntity<Void> deleteMilestone(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		journey.deleteMilestone(me, id);
		return ResponseEntity.noContent().build();
	}

}
