package org.constellation.communities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.Activity;
import org.constellation.communities.CharterDraft;
import org.constellation.communities.CharterQuestion;
import org.constellation.communities.Community;
import org.constellation.communities.CommunityMatches;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunitySearch;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.ConvenerService;
import org.constellation.communities.ConvenerView;
import org.constellation.communities.InvitationService;
import org.constellation.communities.JoinPolicy;
import org.constellation.communities.MemberView;
import org.constellation.communities.Membership;
import org.constellation.communities.MembershipService;
import org.constellation.communities.MembershipStatus;
import org.constellation.communities.Participation;
import org.constellation.communities.ScopePlace;
import org.constellation.communities.Stage;
import org.constellation.communities.StageChange;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.ProfileService;
import org.constellation.shared.Ref;
import org.constellation.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Communities of practice over HTTP: charters, scope, joining, members, the
 * life cycle, and search inside a community.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Communities", description = "Communities of practice: the charter, scope across levels, joining, members, participation, the life cycle, and search inside a community")
class CommunitiesApi {

	/** A community as the API shows it; {@code levels} follow from its places. */
	record CommunityJson(Long id, String name, String purpose, String practice, Visibility visibility,
			JoinPolicy joinPolicy, Stage stage, List<Ref> issues, List<Ref> stakeholderGroups, List<Ref> neededLevels,
			List<ScopePlace> places, List<Ref> levels, boolean crossLevel, Set<Activity> activities,
			List<ConvenerView> conveners, long memberCount, Map<Participation, Long> participation,
			boolean charterComplete, Set<CharterQuestion> unanswered, Instant lastActivityAt, long version) {

		static CommunityJson of(CommunityView v) {
			Community c = v.community();
			return new CommunityJson(c.getId(), c.getName(), c.getPurpose(), c.getPractice(), c.getVisibility(),
					c.getJoinPolicy(), c.getStage(), v.issues(), v.stakeholderGroups(), v.neededLevels(), v.places(),
					v.levels(), v.crossLevel(), c.getActivities(), v.conveners(), v.memberCount(), v.participation(),
					v.charterComplete(), v.unanswered(), c.getLastActivityAt(), c.getVersion());
		}
	}

	/** A new community: a name is enough; the rest of the charter may follow. */
	record NewCommunity(@NotBlank @Size(max = 120) String name, @Size(max = 500) String purpose, Set<Long> issueIds,
			Set<Long> stakeholderGroupIds, Set<Long> neededLevelIds, Set<Long> placeIds, Set<Activity> activities,
			@Size(max = 8000) String practice, Visibility visibility, JoinPolicy joinPolicy,
			@Size(max = 500) String legitimacy) {

		CharterDraft draft() {
			return new CharterDraft(name, purpose, issueIds, stakeholderGroupIds, neededLevelIds, placeIds, activities,
					practice, visibility, joinPolicy, null);
		}
	}

	record MembershipJson(Long communityId, Long practitionerId, MembershipStatus status, Participation participation,
			boolean convener, String whyHere, String legitimacy, Participation suggestedParticipation) {

		static MembershipJson of(Membership m, Participation suggested) {
			return new MembershipJson(m.getCommunityId(), m.getPractitionerId(), m.getStatus(), m.getParticipation(),
					m.isConvener(), m.getWhyHere(), m.getLegitimacy(), suggested);
		}
	}

	record Join(@Size(max = 1000) String whyHere) {
	}

	record ParticipationChoice(@NotNull Participation participation) {
	}

	record Legitimacy(@NotNull @Size(max = 500) String legitimacy) {
	}

	record NewConvener(@NotNull Long practitionerId) {
	}

	record Decision(@NotNull Boolean approve) {
	}

	record Invitation(@NotBlank @Size(max = 254) String email) {
	}

	record StageMove(@NotNull Stage stage, @Size(max = 2000) String note) {
	}

	private final CommunityService communities;
	private final MembershipService memberships;
	private final InvitationService invitations;
	private final ConvenerService conveners;
	private final CommunitySearch search;

	private final CommunityMatches matches;
	private final ProfileService profiles;

	CommunitiesApi(CommunityService communities, MembershipService memberships, InvitationService invitations,
			ConvenerService conveners, CommunitySearch search, CommunityMatches matches, ProfileService profiles) {
		this.matches = matches;
		this.profiles = profiles;
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.conveners = conveners;
		this.search = search;
	}

	@GetMapping("/communities")
	@Operation(summary = "Communities, most recently active first; filter by text, issue, level of scale and stage")
	PagedModel<CommunityJson> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long issueId, @RequestParam(required = false) Long levelId,
			@RequestParam(required = false) Stage stage,
			@ParameterObject @PageableDefault(size = 20, sort = "lastActivityAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(
				communities.browse(new CommunityQuery(q, issueId, levelId, stage), pageable).map(CommunityJson::of));
	}

	@PostMapping("/communities")
	@Operation(summary = "Convene a community; you become its first convener")
	ResponseEntity<CommunityJson> convene(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody NewCommunity body) {
		Community c = communities.convene(me, body.draft(), body.legitimacy());
		return ResponseEntity.created(URI.create("/api/v1/communities/" + c.getId()))
				.body(CommunityJson.of(communities.view(c.getId())));
	}

	@GetMapping("/communities/{id}")
	@Operation(summary = "A community with its charter, the levels it spans and whether it is cross-level")
	CommunityJson community(@PathVariable long id) {
		return CommunityJson.of(communities.view(id));
	}

	@PutMapping("/communities/{id}/charter")
	@Operation(summary = "Change the charter (conveners); send the version you started from")
	CommunityJson charter(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody CharterDraft draft) {
		Versions.required(draft.version());
		communities.changeCharter(me, id, draft);
		return CommunityJson.of(communities.view(id));
	}

	@PutMapping("/communities/{id}/conveners/me")
	@Operation(summary = "Say why you can convene this community (conveners)")
	CommunityJson legitimacy(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody Legitimacy body) {
		conveners.stateLegitimacy(me, id, body.legitimacy());
		return CommunityJson.of(communities.view(id));
	}

	@PostMapping("/communities/{id}/conveners")
	@Operation(summary = "Ask a member to convene with you (conveners)")
	CommunityJson appoint(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody NewConvener body) {
		conveners.appointConvener(me, id, body.practitionerId());
		return CommunityJson.of(communities.view(id));
	}

	@DeleteMapping("/communities/{id}/conveners/me")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop convening; you stay a member")
	void stepDown(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		conveners.stepDownAsConvener(me, id);
	}

	@GetMapping("/me/community-matches")
	@Operation(summary = "Communities whose charters name the issues you care about (your profile's concernIds), "
			+ "which you may join or ask to join and are not in yet: the most shared issues first, at most 8; "
			+ "join one with POST /api/v1/communities/{id}/membership")
	List<CommunityMatches.Match> communityMatches(@AuthenticationPrincipal AccountPrincipal me) {
		if (me.practitionerId() == null) {
			return List.of();
		}
		return matches.forConcerns(me.practitionerId(), profiles.homeProfile(me).concernIds(), 8);
	}

	@GetMapping("/communities/{id}/membership")
	@Operation(summary = "Your membership, with what your recent activity suggests about how you take part")
	ResponseEntity<MembershipJson> membership(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return memberships.membership(me, id)
				.map(m -> ResponseEntity.ok(MembershipJson.of(m,
						m.getStatus() == MembershipStatus.ACTIVE ? memberships.suggestedParticipation(me, id) : null)))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/communities/{id}/membership")
	@Operation(summary = "Join (open), ask to join (by request) or accept an invitation, saying why you are here; doing it twice changes nothing")
	MembershipJson join(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody Join body) {
		return MembershipJson.of(memberships.join(me, id, body.whyHere()), null);
	}

	@DeleteMapping("/communities/{id}/membership")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Leave the community, withdraw a request or turn down an invitation")
	void leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		memberships.leave(me, id);
	}

	@PutMapping("/communities/{id}/membership/participation")
	@Operation(summary = "Say how you take part: core, active, occasional or peripheral")
	MembershipJson participate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody ParticipationChoice body) {
		return MembershipJson.of(memberships.participate(me, id, body.participation()), null);
	}

	@GetMapping("/communities/{id}/members")
	@Operation(summary = "The member directory (members only for a members-only community)")
	PagedModel<MemberView> members(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Participation participation,
			@ParameterObject @PageableDefault(size = 30) Pageable pageable) {
		return new PagedModel<>(memberships.members(me, id, participation,
				org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
	}

	@GetMapping("/communities/{id}/requests")
	@Operation(summary = "Requests to join waiting for an answer (conveners)")
	List<MemberView> requests(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return memberships.pendingRequests(me, id);
	}

	@PostMapping("/communities/{id}/requests/{practitionerId}")
	@Operation(summary = "Approve or decline a request to join (conveners); answering twice changes nothing")
	MembershipJson decide(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId, @Valid @RequestBody Decision body) {
		return MembershipJson.of(memberships.decide(me, id, practitionerId, body.approve()), null);
	}

	@PostMapping("/communities/{id}/invitations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Invite someone by email (conveners); the mail carries a link to join")
	void invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody Invitation body) {
		invitations.invite(me, id, body.email());
	}

	@PostMapping("/community-invitations/{secret}")
	@Operation(summary = "Accept an invitation from its link")
	MembershipJson accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String secret,
			@Valid @RequestBody Join body) {
		return MembershipJson.of(invitations.acceptInvitation(me, secret, body.whyHere()), null);
	}

	@GetMapping("/communities/{id}/stage-history")
	@Operation(summary = "Every move along the life cycle with the conveners' notes, newest first (for those who may read the community)")
	List<StageChange> stageHistory(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return communities.stageHistory(me, id);
	}

	@PutMapping("/communities/{id}/stage")
	@Operation(summary = "Move the community to a life-cycle stage with a note (conveners)")
	CommunityJson stage(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody StageMove body) {
		communities.changeStage(me, id, body.stage(), body.note());
		return CommunityJson.of(communities.view(id));
	}

	// Search

	@GetMapping("/communities/{id}/search")
	@Operation(summary = "Search inside a community: threads, practice work, the repertoire and the glossary, grouped by kind")
	CommunitySearch.Results search(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(name = "q", required = false) @Size(max = CommunitySearch.MAX_QUERY_LENGTH, message = "Search for at most 200 characters") String q) {
		return search.search(me, id, q);
	}
}
