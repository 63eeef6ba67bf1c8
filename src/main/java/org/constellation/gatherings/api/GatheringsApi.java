package org.constellation.gatherings.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.constellation.gatherings.Gathering;
import org.constellation.gatherings.GatheringDetails;
import org.constellation.gatherings.GatheringDraft;
import org.constellation.gatherings.GatheringService;
import org.constellation.gatherings.GatheringSummary;
import org.constellation.gatherings.RsvpResponse;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Ref;
import org.constellation.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Gatherings of communities over HTTP: planning, answers and attendance. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gatherings", description = "Meetings of communities: time, place or link, agenda, RSVPs and attendance")
class GatheringsApi {

	record GatheringView(Long id, Long communityId, String communityName, String title, Instant startsAt,
			Instant endsAt, String timeZone, LocalDateTime localStart, int durationMinutes, String place,
			String onlineLink, String agenda, Long proposedById, boolean cancelled, Map<RsvpResponse, Long> counts,
			RsvpResponse myResponse, long version) {

		static GatheringView of(Gathering g, String communityName, Map<RsvpResponse, Long> counts, RsvpResponse mine) {
			return new GatheringView(g.getId(), g.getCommunityId(), communityName, g.getTitle(), g.getStartsAt(),
					g.getEndsAt(), g.getTimeZone(), g.start().toLocalDateTime(), g.getDurationMinutes(), g.getPlace(),
					g.getOnlineLink(), g.getAgenda(), g.getProposedBy(), g.isCancelled(), counts, mine, g.getVersion());
		}

		static GatheringView of(GatheringSummary s) {
			return of(s.gathering(), s.communityName(), s.counts(), s.myResponse());
		}
	}

	record GatheringDetail(GatheringView gathering, String proposedByName, Map<RsvpResponse, List<Ref>> names,
			List<Ref> attended, boolean mayManage, boolean mayRespond, boolean ended, String calendarUrl) {
	}

	record RsvpRequest(RsvpResponse response) {
	}

	record RsvpView(Long gatheringId, RsvpResponse response, Instant respondedAt) {
	}

	record AttendanceRequest(List<Long> practitionerIds) {
	}

	record AttendanceView(Long gatheringId, List<Long> practitionerIds) {
	}

	record CancelRequest(Long version) {
	}

	private final GatheringService gatherings;

	GatheringsApi(GatheringService gatherings) {
		this.gatherings = gatherings;
	}

	@GetMapping("/communities/{id}/gatherings")
	@Operation(summary = "A community's gatherings: upcoming soonest first, then past ones, latest first")
	PagedModel<GatheringView> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(gatherings.ofCommunity(me, id, pageable).map(GatheringView::of));
	}

	@PostMapping("/communities/{id}/gatherings")
	@Operation(summary = "Propose a gathering (any active member)")
	ResponseEntity<GatheringDetail> propose(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody GatheringDraft draft) {
		Gathering g = gatherings.propose(me, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/gatherings/" + g.getId())).body(detail(me, g.getId()));
	}

	@GetMapping("/gatherings/{id}")
	@Operation(summary = "A gathering with its answers; names of who is coming for members only")
	GatheringDetail get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return detail(me, id);
	}

	@PutMapping("/gatherings/{id}")
	@Operation(summary = "Change a gathering (its proposer or a convener); send the version you started from")
	GatheringDetail change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody GatheringDraft draft) {
		Versions.required(draft.version());
		gatherings.change(me, id, draft);
		return detail(me, id);
	}

	@PostMapping("/gatherings/{id}/cancel")
	@Operation(summary = "Cancel a gathering (its proposer or a convener); cancelling twice changes nothing")
	GatheringDetail cancel(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody(required = false) CancelRequest request) {
		gatherings.cancel(me, id, request == null ? null : request.version());
		return detail(me, id);
	}

	@PutMapping("/gatherings/{id}/rsvp")
	@Operation(summary = "Answer YES, NO or MAYBE; answering again changes the answer")
	RsvpView respond(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody RsvpRequest request) {
		var rsvp = gatherings.respond(me, id, request.response());
		return new RsvpView(id, rsvp.getResponse(), rsvp.getRespondedAt());
	}

	@PutMapping("/gatherings/{id}/attendance")
	@Operation(summary = "Record who came, once it has ended (its proposer or a convener); replaces the record")
	AttendanceView attendance(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody AttendanceRequest request) {
		return new AttendanceView(id, gatherings.recordAttendance(me, id, request.practitionerIds()));
	}

	@GetMapping("/me/attendance")
	@Operation(summary = "The gatherings you were recorded at, latest first")
	PagedModel<GatheringView> myAttendance(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(gatherings.attendedBy(me, pageable).map(GatheringView::of));
	}

	private GatheringDetail detail(AccountPrincipal me, long id) {
		GatheringDetails d = gatherings.details(me, id);
		return new GatheringDetail(GatheringView.of(d.gathering(), d.communityName(), d.counts(), d.myResponse()),
				d.proposerName(), d.names(), d.attended(), d.mayManage(), d.mayRespond(), d.ended(),
				"/api/v1/gatherings/" + id + "/calendar.ics");
	}
}
