package org.constellation.gatherings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.constellation.shared.TimeZones;
import org.constellation.shared.WebAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gatherings module's API: proposing, changing and cancelling gatherings,
 * answering them, recording who came, and their invites. Who may do what is
 * asked of {@link CommunityAccess}; on top of it, a gathering is managed by its
 * proposer and the community's conveners.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class GatheringService {

	private final Gatherings gatherings;
	private final Rsvps rsvps;
	private final Attendances attendances;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final MembershipService memberships;
	private final People people;
	private final Clock clock;
	private final String baseUrl;

	GatheringService(Gatherings gatherings, Rsvps rsvps, Attendances attendances, CommunityAccess access,
			CommunityService communities, MembershipService memberships, People people, Clock clock,
			@Value("${constellation.base-url}") String baseUrl) {
		this.gatherings = gatherings;
		this.rsvps = rsvps;
		this.attendances = attendances;
		this.access = access;
		this.communities = communities;
		this.memberships = memberships;
		this.people = people;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	// Reading

	/** How many gatherings a proposer held in a community. */
	@NamedInterface(name = "api", propagate = false)
	public record HeldCount(long proposerId, long communityId, long count) {
	}

	/**
	 * Per proposer and community, the gatherings that have taken place (ended and
	 * not cancelled): one query per 1,000 proposers. Counts only, for the
	 * recognition of conveners.
	 */
	public List<HeldCount> heldByProposers(Collection<Long> proposerIds) {
		List<Long> all = proposerIds.stream().distinct().toList();
		List<HeldCount> found = new ArrayList<>();
		Instant now = clock.instant();
		for (int from = 0; from < all.size(); from += 1000) {
			for (Object[] row : gatherings.heldByProposers(all.subList(from, Math.min(all.size(), from + 1000)), now)) {
				found.add(new HeldCount((Long) row[0], (Long) row[1], (Long) row[2]));
			}
		}
		return found;
	}

	public Gathering gathering(long id) {
		return gatherings.findById(id).orElseThrow(() -> new NotFoundException("Gathering " + id));
	}

	/** A gathering its reader may see; a 403 for a members-only community. */
	public Gathering readable(AccountPrincipal viewer, long id) {
		Gathering gathering = gathering(id);
		access.requireRead(viewer, gathering.getCommunityId());
		return gathering;
	}

	/** Upcoming gatherings soonest first, then past ones, latest first. */
	public Page<GatheringSummary> ofCommunity(AccountPrincipal viewer, long communityId, Pageable pageable) {
		access.requireRead(viewer, communityId);
		Page<Gathering> page = gatherings.ofCommunity(communityId, clock.instant(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		return new PageImpl<>(summaries(viewer, page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** The next few gatherings of a community that are not cancelled. */
	public List<GatheringSummary> upcoming(AccountPrincipal viewer, long communityId, int limit) {
		return summaries(viewer, gatherings.upcomingOf(communityId, clock.instant(), PageRequest.of(0, limit)));
	}

	/** Upcoming gatherings across the communities a person belongs to. */
	public List<GatheringSummary> upcomingForMe(AccountPrincipal viewer, int limit) {
		if (viewer.practitionerId() == null) {
			return List.of();
		}
		List<Long> mine = communities.mine(viewer).stream().map(c -> c.id()).toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		return summaries(viewer, gatherings.upcomingIn(mine, clock.instant(), PageRequest.of(0, limit)));
	}

	/** The gatherings a person was recorded at, latest first. */
	public Page<GatheringSummary> attendedBy(AccountPrincipal viewer, Pageable pageable) {
		if (viewer.practitionerId() == null) {
			return Page.empty(pageable);
		}
		Page<Gathering> page = gatherings.attendedBy(viewer.practitionerId(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		return new PageImpl<>(summaries(viewer, page.getContent()), page.getPageable(), page.getTotalElements());
	}

	private List<GatheringSummary> summaries(AccountPrincipal viewer, List<Gathering> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(Gathering::getId).toList();
		Map<Long, String> names = communities
				.names(page.stream().map(Gathering::getCommunityId).collect(Collectors.toSet()));
		Map<Long, Map<RsvpResponse, Long>> counts = counts(ids);
		Map<Long, RsvpResponse> mine = new HashMap<>();
		if (viewer.practitionerId() != null) {
			rsvps.findByPractitionerIdAndGatheringIdIn(viewer.practitionerId(), ids)
					.forEach(r -> mine.put(r.getGatheringId(), r.getResponse()));
		}
		return page.stream().map(g -> new GatheringSummary(g, names.get(g.getCommunityId()),
				counts.getOrDefault(g.getId(), Map.of()), mine.get(g.getId()))).toList();
	}

	private Map<Long, Map<RsvpResponse, Long>> counts(Collection<Long> ids) {
		Map<Long, Map<RsvpResponse, Long>> counts = new HashMap<>();
		for (Object[] row : rsvps.counts(ids)) {
			counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(RsvpResponse.class))
					.put(RsvpResponse.valueOf((String) row[1]), ((Number) row[2]).longValue());
		}
		return counts;
	}

	public GatheringDetails details(AccountPrincipal viewer, long id) {
		Gathering g = gathering(id);
		Standing standing = access.requireRead(viewer, g.getCommunityId());
		Instant now = clock.instant();
		List<Rsvp> answers = rsvps.findByGatheringId(id);
		Map<RsvpResponse, Long> counts = new EnumMap<>(RsvpResponse.class);
		answers.forEach(r -> counts.merge(r.getResponse(), 1L, Long::sum));
		RsvpResponse mine = answers.stream().filter(r -> r.getPractitionerId().equals(viewer.practitionerId()))
				.map(Rsvp::getResponse).findFirst().orElse(null);
		boolean mayManage = mayManage(viewer, standing, g);
		boolean ended = g.hasEnded(now);
		List<Attendance> attended = attendances.findByGatheringId(id);
		boolean seesNames = standing.isMember() && viewer.seesPeople() || mayManage;

		Set<Long> wanted = new HashSet<>();
		wanted.add(g.getProposedBy());
		List<Long> members = mayManage && ended ? memberships.activeMemberIds(g.getCommunityId()) : List.of();
		if (seesNames) {
			answers.forEach(r -> wanted.add(r.getPractitionerId()));
			attended.forEach(a -> wanted.add(a.getPractitionerId()));
			wanted.addAll(members);
		}
		Map<Long, String> names = people.displayNames(wanted);
		Map<RsvpResponse, List<Ref>> byResponse = new EnumMap<>(RsvpResponse.class);
		if (seesNames) {
			for (RsvpResponse response : RsvpResponse.values()) {
				byResponse.put(response, refs(
						answers.stream().filter(r -> r.getResponse() == response).map(Rsvp::getPractitionerId).toList(),
						names));
			}
		}
		List<Ref> attendedRefs = seesNames
				? refs(attended.stream().map(Attendance::getPractitionerId).toList(), names)
				: List.of();
		Set<Long> ticked = attended.isEmpty()
				? answers.stream().filter(r -> r.getResponse() == RsvpResponse.YES).map(Rsvp::getPractitionerId)
						.collect(Collectors.toSet())
				: attended.stream().map(Attendance::getPractitionerId).collect(Collectors.toSet());
		return new GatheringDetails(g, communities.name(g.getCommunityId()), standing.visibility(),
				names.getOrDefault(g.getProposedBy(), ""), counts, mine, byResponse, attendedRefs, mayManage,
				standing.canContribute() && !ended && !g.isCancelled(), ended, refs(members, names), ticked);
	}

	private static List<Ref> refs(Collection<Long> ids, Map<Long, String> names) {
		return ids.stream().distinct().filter(names::containsKey).map(id -> new Ref(id, names.get(id)))
				.sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** The zone a person reads times in: their profile's, or UTC. */
	public String zoneOf(AccountPrincipal viewer) {
		return viewer == null ? "UTC" : people.timeZoneOf(viewer.practitionerId());
	}

	// Planning

	@Transactional
	public Gathering propose(AccountPrincipal viewer, long communityId, GatheringDraft draft) {
		access.requireContribute(viewer, communityId);
		Instant now = clock.instant();
		Gathering gathering = new Gathering(communityId, viewer.practitionerId(), now);
		plan(gathering, draft, now);
		gathering = gatherings.save(gathering);
		communities.touch(communityId);
		return gathering;
	}

	@Transactional
	public Gathering change(AccountPrincipal viewer, long id, GatheringDraft draft) {
		Gathering gathering = managed(viewer, id, draft.version());
		if (gathering.isCancelled()) {
			throw new ConflictException(null, "This gathering was cancelled; propose a new one instead");
		}
		plan(gathering, draft, clock.instant());
		return gatherings.saveAndFlush(gathering);
	}

	/** Cancelling twice changes nothing; the invite then says it is cancelled. */
	@Transactional
	public Gathering cancel(AccountPrincipal viewer, long id, Long version) {
		Gathering gathering = managed(viewer, id, version);
		gathering.cancel(clock.instant());
		return gatherings.saveAndFlush(gathering);
	}

	private Gathering managed(AccountPrincipal viewer, long id, Long version) {
		Gathering gathering = gathering(id);
		Standing standing = access.requireRead(viewer, gathering.getCommunityId());
		if (!mayManage(viewer, standing, gathering)) {
			throw new ForbiddenException("Only the person who proposed this gathering and the conveners can do this");
		}
		if (version != null && version != gathering.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Gathering.class, id);
		}
		return gathering;
	}

	private static boolean mayManage(AccountPrincipal viewer, Standing standing, Gathering gathering) {
		return standing.canConvene()
				|| standing.canContribute() && gathering.getProposedBy().equals(viewer.practitionerId());
	}

	private void plan(Gathering gathering, GatheringDraft draft, Instant now) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("title", "Give the gathering a title");
		}
		if (draft.date() == null) {
			throw new InvalidInputException("date", "Choose the date");
		}
		if (draft.time() == null) {
			throw new InvalidInputException("time", "Choose the start time");
		}
		if (draft.durationMinutes() == null || draft.durationMinutes() <= 0 || draft.durationMinutes() > 1440) {
			throw new InvalidInputException("durationMinutes", "Say how long it lasts: from 1 to 1440 minutes");
		}
		ZoneId zone = TimeZones.check("timeZone", draft.timeZone());
		String link = onlineLink(draft.onlineLink());
		boolean noPlace = draft.place() == null || draft.place().isBlank();
		if (noPlace && link.isEmpty()) {
			throw new InvalidInputException("place", "Say where: a place, an online link, or both");
		}
		gathering.plan(draft.title(), draft.date().atTime(draft.time()).atZone(zone), draft.durationMinutes(),
				draft.place(), link, draft.agenda(), now);
	}

	/**
	 * Only web addresses: a javascript: or data: link must never reach a page or a
	 * calendar.
	 */
	static String onlineLink(String link) {
		String checked = WebAddresses.check("onlineLink", link);
		return checked == null ? "" : checked;
	}

	// Answering and attendance

	/** Answering again changes the answer; the same answer twice is one answer. */
	@Transactional
	public Rsvp respond(AccountPrincipal viewer, long id, RsvpResponse response) {
		if (response == null) {
			throw new InvalidInputException("response", "Answer YES, NO or MAYBE");
		}
		Gathering gathering = gathering(id);
		access.requireContribute(viewer, gathering.getCommunityId());
		if (gathering.isCancelled()) {
			throw new ConflictException("response", "This gathering was cancelled");
		}
		if (gathering.hasEnded(clock.instant())) {
			throw new ConflictException("response", "This gathering has ended");
		}
		Instant now = clock.instant();
		Rsvp rsvp = rsvps.findByGatheringIdAndPractitionerId(id, viewer.practitionerId())
				.orElseGet(() -> new Rsvp(id, viewer.practitionerId(), response, now));
		rsvp.answer(response, now);
		return rsvps.saveAndFlush(rsvp);
	}

	/** Replaces the record of who came; only once the gathering has ended. */
	@Transactional
	public List<Long> recordAttendance(AccountPrincipal viewer, long id, Collection<Long> practitionerIds) {
		Gathering gathering = managed(viewer, id, null);
		Instant now = clock.instant();
		if (!gathering.hasEnded(now)) {
			throw new ConflictException("practitionerIds", "Attendance can be recorded once the gathering has ended");
		}
		if (gathering.isCancelled()) {
			throw new ConflictException("practitionerIds", "This gathering was cancelled");
		}
		Set<Long> present = new LinkedHashSet<>(practitionerIds == null ? List.of() : practitionerIds);
		present.remove(null);
		Set<Long> members = new HashSet<>(memberships.activeMemberIds(gathering.getCommunityId()));
		List<Attendance> recorded = attendances.findByGatheringId(id);
		Set<Long> already = recorded.stream().map(Attendance::getPractitionerId).collect(Collectors.toSet());
		// someone recorded earlier may have left the community since; they stay on the
		// record
		if (!present.stream().allMatch(p -> members.contains(p) || already.contains(p))) {
			throw new InvalidInputException("practitionerIds", "Choose members of the community");
		}
		attendances.deleteAll(recorded.stream().filter(a -> !present.contains(a.getPractitionerId())).toList());
		List<Attendance> added = new ArrayList<>();
		for (Long p : present) {
			if (!already.contains(p)) {
				added.add(new Attendance(id, p, viewer.practitionerId(), now));
			}
		}
		attendances.saveAll(added);
		attendances.flush();
		return List.copyOf(present);
	}

	// Invites

	/** The RFC 5545 invite to one gathering, for someone who may read it. */
	public String invite(AccountPrincipal viewer, long id) {
		Gathering gathering = readable(viewer, id);
		String community = communities.name(gathering.getCommunityId());
		return ICalendar.write(gathering.getTitle(), List.of(event(gathering, community)));
	}

	CalendarEvent event(Gathering g, String communityName) {
		String page = link(g);
		StringBuilder description = new StringBuilder();
		if (communityName != null) {
			description.append("A gathering of ").append(communityName).append(".\n\n");
		}
		if (!g.getAgenda().isBlank()) {
			description.append(g.getAgenda()).append("\n\n");
		}
		if (!g.getOnlineLink().isBlank()) {
			description.append("Join online: ").append(g.getOnlineLink()).append("\n");
		}
		description.append("Details and answers: ").append(page);
		String location = g.getPlace().isBlank() ? g.getOnlineLink() : g.getPlace();
		return new CalendarEvent("gathering-" + g.getId() + "@constellation", g.start(),
				Duration.ofMinutes(g.getDurationMinutes()), g.getTitle(), description.toString(), location,
				g.getOnlineLink().isBlank() ? page : g.getOnlineLink(), (int) g.getVersion(), g.isCancelled(),
				g.getUpdatedAt());
	}

	public String link(Gathering g) {
		return baseUrl + "/gatherings/" + g.getId();
	}
}
