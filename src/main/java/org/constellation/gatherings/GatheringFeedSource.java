package org.constellation.gatherings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.springframework.stereotype.Component;

/**
 * The gatherings a person said yes or maybe to, in communities they may still
 * read: someone who left a members-only community loses its gatherings from
 * their calendar at the next refresh.
 */
@Component
class GatheringFeedSource implements CalendarFeedSource {

	private final Gatherings gatherings;
	private final GatheringService service;
	private final CommunityAccess access;
	private final CommunityService communities;

	GatheringFeedSource(Gatherings gatherings, GatheringService service, CommunityAccess access,
			CommunityService communities) {
		this.gatherings = gatherings;
		this.service = service;
		this.access = access;
		this.communities = communities;
	}

	@Override
	public List<CalendarEvent> eventsFor(long practitionerId, Instant since) {
		List<Gathering> attending = gatherings.attendingSince(practitionerId, since).stream()
				.map(row -> (Gathering) row[0]).toList();
		Set<Long> readable = access.readableAmong(practitionerId,
				attending.stream().map(Gathering::getCommunityId).distinct().toList());
		Map<Long, String> names = communities.names(readable);
		return attending.stream().filter(g -> readable.contains(g.getCommunityId()))
				.map(g -> service.event(g, names.get(g.getCommunityId()))).toList();
	}

	@Override
	public List<CalendarEntry> entriesBetween(long practitionerId, Instant from, Instant to) {
		List<Object[]> rows = gatherings.attendingBetween(practitionerId, from, to);
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> readable = access.readableAmong(practitionerId,
				rows.stream().map(row -> ((Gathering) row[0]).getCommunityId()).distinct().toList());
		Map<Long, String> names = communities.names(readable);
		return rows.stream().filter(row -> readable.contains(((Gathering) row[0]).getCommunityId())).map(row -> {
			Gathering g = (Gathering) row[0];
			return new CalendarEntry("gathering-" + g.getId() + "@constellation", CalendarEntry.Kind.GATHERING,
					g.getTitle(), names.getOrDefault(g.getCommunityId(), ""), g.getStartsAt(), g.getEndsAt(),
					g.getPlace(), "/gatherings/" + g.getId(), ((RsvpResponse) row[1]).name(), g.isCancelled());
		}).toList();
	}
}
