package org.constellation.partnerships.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.partnerships.OpeningService;
import org.constellation.partnerships.OpeningView;
import org.constellation.partnerships.PartnerStatus;
import org.constellation.partnerships.PartnerView;
import org.constellation.partnerships.Partnership;
import org.constellation.partnerships.PartnershipDraft;
import org.constellation.partnerships.PartnershipExport;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.PartnershipState;
import org.constellation.partnerships.PartnershipSummary;
import org.constellation.partnerships.PartnershipView;
import org.constellation.partnerships.Takeaway;
import org.constellation.partnerships.Trust;
import org.constellation.people.AccountPrincipal;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
 * Learning partnerships over HTTP: forming, the opening and trust, pausing,
 * leaving and closing. A partnership is 404 for anyone but its partners (and,
 * for its focus and who is in, its invitees and people asking to join).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partnerships", description = "Learning partnerships of 2 to 7 peers: forming, the opening script, trust and life cycle")
class PartnershipsApi {

	record PartnershipDetail(Long id, String focus, String context, PartnershipState state, boolean openToRequests,
			Long communityId, String communityName, List<Long> issueIds, Long proposedById, int openingStep,
			int openingSteps, Instant createdAt, Instant activatedAt, Instant closedAt, PartnerStatus myStatus,
			List<PartnerView> partners, List<PartnerView> pending) {

		static PartnershipDetail of(PartnershipView v) {
			Partnership p = v.partnership();
			return new PartnershipDetail(p.getId(), p.getFocus(), p.getContext(), p.getState(), p.isOpenToRequests(),
					p.getCommunityId(), v.communityName(), List.copyOf(p.getIssueIds()), p.getProposedBy(),
					p.getOpeningStep(), v.openingSteps(), p.getCreatedAt(), p.getActivatedAt(), p.getClosedAt(),
					v.standing().status(), v.partners(), v.pending());
		}
	}

	record PartnershipLine(Long id, String focus, PartnershipState state, long partnerCount, PartnerStatus myStatus,
			Long communityId, String communityName, boolean openToRequests) {

		static PartnershipLine of(PartnershipSummary s) {
			Partnership p = s.partnership();
			return new PartnershipLine(p.getId(), p.getFocus(), p.getState(), s.partnerCount(), s.myStatus(),
					p.getCommunityId(), s.communityName(), p.isOpenToRequests());
		}
	}

	record StateView(Long id, PartnershipState state) {
	}

	record InviteRequest(List<Long> invitees) {
	}

	record JoinRequest(String message) {
	}

	record OpenToRequests(boolean openToRequests) {
	}

	record AnswerRequest(String body, boolean affirmTenets) {
	}

	record TrustRequest(Trust trust, Integer revisitStep, boolean affirmTenets) {
	}

	record TakeawayRequest(String takeaway) {
	}

	record StepLine(int position, String category, String move, String question, String guidance, boolean done,
			boolean current, boolean firstMoveMade, List<OpeningView.AnswerView> answers, List<String> waitingFor) {
	}

	record OpeningDetail(Long partnershipId, PartnershipState state, String script, int scriptVersion, int stepsDone,
			boolean allStepsDone, List<StepLine> steps, Trust myTrust, boolean iAffirmedTenets, boolean everyoneReady,
			int partners, Integer revisitStep) {

		static OpeningDetail of(OpeningView v) {
			Partnership p = v.partnership();
			return new OpeningDetail(p.getId(), p.getState(), v.scriptName(), v.scriptVersion(), p.getOpeningStep(),
					v.allStepsDone(),
					v.steps().stream()
							.map(s -> new StepLine(s.step().getPosition(), s.step().getCategory().name(),
									s.step().getMove().name(), s.step().getQuestion(), s.step().getGuidance(), s.done(),
									s.current(), s.firstMoveMade(), s.answers(), s.waitingFor()))
							.toList(),
					v.myTrust(), v.iAffirmedTenets(), v.everyoneReady(), v.partnerCount(),
					v.revisitStep() == null ? null : v.revisitStep() + 1);
		}
	}

	private final PartnershipService partnerships;
	private final OpeningService opening;
	private final PartnershipExport export;

	PartnershipsApi(PartnershipService partnerships, OpeningService opening, PartnershipExport export) {
		this.partnerships = partnerships;
		this.opening = opening;
		this.export = export;
	}

	@PostMapping("/partnerships")
	@Operation(summary = "Propose a partnership: a focus and 1 to 6 invitees (practitioner ids); you are its first partner")
	ResponseEntity<PartnershipDetail> propose(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody PartnershipDraft draft) {
		Partnership p = partnerships.propose(me, draft);
		return ResponseEntity.created(URI.create("/api/v1/partnerships/" + p.getId()))
				.body(PartnershipDetail.of(partnerships.view(me, p.getId())));
	}

	@GetMapping("/partnerships")
	@Operation(summary = "The partnerships you are in, invited to or asking to join")
	List<PartnershipLine> mine(@AuthenticationPrincipal AccountPrincipal me) {
		return partnerships.mine(me).stream().map(PartnershipLine::of).toList();
	}

	@GetMapping("/partnerships/open")
	@Operation(summary = "Partnerships open to requests to join (their focus and size only)")
	PagedModel<PartnershipLine> open(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(partnerships.openToRequests(me, pageable).map(PartnershipLine::of));
	}

	@GetMapping("/partnerships/{id}")
	@Operation(summary = "A partnership: 404 for anyone but its partners, invitees and people asking to join")
	PartnershipDetail get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return PartnershipDetail.of(partnerships.view(me, id));
	}

	@PostMapping("/partnerships/{id}/accept")
	@Operation(summary = "Accept your invitation; refused when 7 are in or a reporting line would join a supervisor and their staff")
	StateView accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new StateView(id, partnerships.accept(me, id));
	}

	@PostMapping("/partnerships/{id}/decline")
	@Operation(summary = "Decline your invitation, or withdraw your request to join")
	StateView decline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new StateView(id, partnerships.decline(me, id));
	}

	@PostMapping("/partnerships/{id}/invitations")
	@Operation(summary = "Invite more people (any partner), within the seven seats")
	PartnershipDetail invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody InviteRequest request) {
		partnerships.invite(me, id, request.invitees());
		return PartnershipDetail.of(partnerships.view(me, id));
	}

	@PostMapping("/partnerships/{id}/requests")
	@Operation(summary = "Ask to join a partnership that is open to requests")
	ResponseEntity<StateView> request(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody(required = false) JoinRequest request) {
		partnerships.requestToJoin(me, id, request == null ? "" : request.message());
		return ResponseEntity.status(201).body(new StateView(id, partnerships.partnership(id).getState()));
	}

	@PostMapping("/partnerships/{id}/requests/{practitionerId}")
	@Operation(summary = "Welcome someone who asked to join (any partner)")
	StateView approve(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId) {
		return new StateView(id, partnerships.approveRequest(me, id, practitionerId));
	}

	@DeleteMapping("/partnerships/{id}/requests/{practitionerId}")
	@Operation(summary = "Say no to someone's request to join (any partner)")
	ResponseEntity<Void> declineRequest(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId) {
		partnerships.declineRequest(me, id, practitionerId);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/partnerships/{id}/open-to-requests")
	@Operation(summary = "Welcome requests to join, or stop (any partner)")
	PartnershipDetail openToRequests(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody OpenToRequests request) {
		partnerships.setOpenToRequests(me, id, request.openToRequests());
		return PartnershipDetail.of(partnerships.view(me, id));
	}

	@PostMapping("/partnerships/{id}/begin-opening")
	@Operation(summary = "Begin the opening with those who accepted, without waiting for the other invitees")
	StateView beginOpening(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		partnerships.beginOpening(me, id);
		return new StateView(id, partnerships.partnership(id).getState());
	}

	@GetMapping("/partnerships/{id}/opening")
	@Operation(summary = "The opening: its steps, what partners said, your own trust answer and how many are ready")
	OpeningDetail opening(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return OpeningDetail.of(opening.opening(me, id));
	}

	@PostMapping("/partnerships/{id}/opening/steps/{position}/answers")
	@Operation(summary = "Answer a step (the first move, a response, or your answer); steps are taken in order")
	ResponseEntity<OpeningDetail> answer(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable int position, @RequestBody AnswerRequest request) {
		opening.answer(me, id, position, request.body(), request.affirmTenets());
		return ResponseEntity.status(201).body(OpeningDetail.of(opening.opening(me, id)));
	}

	@PutMapping("/partnerships/{id}/opening/trust")
	@Operation(summary = "Your private answer once every step is done: CONFIRMED (\"I can be vulnerable here\") or NOT_YET, with a step to revisit")
	StateView trust(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody TrustRequest request) {
		return new StateView(id,
				opening.confirmTrust(me, id, request.trust(), request.revisitStep(), request.affirmTenets()));
	}

	@PostMapping("/partnerships/{id}/pause")
	@Operation(summary = "Pause an active partnership (any partner)")
	StateView pause(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		partnerships.pause(me, id);
		return new StateView(id, PartnershipState.PAUSED);
	}

	@PostMapping("/partnerships/{id}/resume")
	@Operation(summary = "Resume a paused partnership (any partner)")
	StateView resume(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		partnerships.resume(me, id);
		return new StateView(id, PartnershipState.ACTIVE);
	}

	@PostMapping("/partnerships/{id}/leave")
	@Operation(summary = "Step out; with fewer than two partners left the partnership closes")
	StateView leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new StateView(id, partnerships.leave(me, id));
	}

	@GetMapping("/partnerships/{id}/takeaways")
	@Operation(summary = "The closing round: what each partner takes away")
	List<Takeaway> takeaways(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return partnerships.takeaways(me, id);
	}

	@PutMapping("/partnerships/{id}/takeaway")
	@Operation(summary = "Write what you take away, in the closing round")
	List<Takeaway> takeaway(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody TakeawayRequest request) {
		partnerships.writeTakeaway(me, id, request.takeaway());
		return partnerships.takeaways(me, id);
	}

	@PostMapping("/partnerships/{id}/close")
	@Operation(summary = "Close, once every partner has written what they take away; nothing changes after")
	StateView close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		partnerships.close(me, id);
		return new StateView(id, PartnershipState.CLOSED);
	}

	@GetMapping("/partnerships/{id}/export")
	@Operation(summary = "Everything you wrote in this partnership, as JSON")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return ResponseEntity.ok()
				.header("Content-Disposition", "attachment; filename=\"partnership-" + id + "-mine.json\"")
				.body(export.mine(me, id));
	}

}
