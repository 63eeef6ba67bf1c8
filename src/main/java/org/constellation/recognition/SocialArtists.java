package org.constellation.recognition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.ConvenerRecords;
import org.constellation.gatherings.GatheringService;
import org.constellation.people.Directory;
import org.constellation.people.People;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social artists of the constellation (everyone who convenes a community)
 * and their footprints. Everyone signed in may look, sponsors too: a footprint
 * is made of counts and of what every community's card shows. A page of
 * footprints costs a fixed number of queries (one more per 1,000 people
 * involved), whatever the number of conveners on it.
 * <p>
 * A footprint is kept for {@code constellation.recognition.footprints-kept-for}
 * (30 seconds by default): counting who a convener brought in and across which
 * levels reads every membership of every member of their communities, 2,830
 * people in the largest community at national scale, and the list of social
 * artists and the value report asked for it on every request (12 and 6 requests
 * a second at 64 users with 100,000 practitioners).
 */
@Service
@Transactional(readOnly = true)
public class SocialArtists {

	public static final int PAGE_SIZE = 20;

	private final ConvenerRecords records;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final GatheringService gatherings;
	private final People people;
	private final Directory directory;
	private final ValueStories stories;
	private final Endorsements endorsements;

	private final Cache<Long, Footprint> kept;
	/** The pages of the list, kept as the footprints are. */
	private final Cache<Pageable, Page<Long>> keptPages;

	SocialArtists(ConvenerRecords records, CommunityAccess access, CommunityService communities,
			GatheringService gatherings, People people, Directory directory, ValueStories stories,
			Endorsements endorsements,
			@Value("${constellation.recognition.footprints-kept-for:PT30S}") Duration keptFor) {
		this.kept = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(keptFor).build();
		this.keptPages = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(keptFor).build();
		this.records = records;
		this.access = access;
		this.communities = communities;
		this.gatherings = gatherings;
		this.people = people;
		this.directory = directory;
		this.stories = stories;
		this.endorsements = endorsements;
	}

	/**
	 * Everyone who convenes a community, by name: never a ranking. Which people a
	 * page holds is kept as their footprints are (sorting every convener by name
	 * took 30 to 100 ms at national scale, on every request); their names are read
	 * afresh, and someone whose account is gone meanwhile is left out.
	 */
	public Page<Footprint> list(Pageable pageable) {
		Page<Long> ids = keptPages.get(pageable, records::convenerIds);
		Map<Long, Footprint> found = footprints(ids.getContent());
		List<Footprint> shown = ids.getContent().stream().map(found::get)
				.filter(f -> f != null && f.displayName() != null).toList();
		return new PageImpl<>(shown, pageable, ids.getTotalElements());
	}

	/** One social artist's footprint; someone who convenes nothing is not one. */
	public Footprint footprint(long practitionerId) {
		if (!isSocialArtist(practitionerId)) {
			throw new NotFoundException("Social artist " + practitionerId);
		}
		return footprints(List.of(practitionerId)).get(practitionerId);
	}

	public boolean isSocialArtist(long practitionerId) {
		return access.convenesAny(practitionerId);
	}

	/**
	 * The footprints of these people, in a fixed number of queries for those not
	 * kept. What is kept are the counts read from communities and memberships;
	 * names and endorsements are read on every call (two queries).
	 */
	public Map<Long, Footprint> footprints(Collection<Long> practitionerIds) {
		if (practitionerIds.isEmpty()) {
			return new HashMap<>();
		}
		Map<Long, Footprint> counted = kept.getAll(new LinkedHashSet<>(practitionerIds),
				ids -> counted(List.copyOf(ids)));
		// what a person changes and expects to see at once is read afresh: their name
		// (gone with a deleted account) and the endorsements they were just given
		Map<Long, String> names = people.displayNames(counted.keySet());
		Map<Long, Long> endorsed = new HashMap<>();
		endorsements.countsFor(counted.keySet()).forEach(r -> endorsed.put((Long) r[0], (Long) r[1]));
		Map<Long, Footprint> result = new HashMap<>();
		counted.forEach((id, f) -> result.put(id,
				new Footprint(id, names.get(id), f.communities(), f.communitiesConvened(), f.gatheringsHosted(),
						f.peopleBroughtIn(), f.crossLevelConnections(), f.valueStories(),
						endorsed.getOrDefault(id, 0L))));
		return result;
	}

	private Map<Long, Footprint> counted(List<Long> practitionerIds) {
		Map<Long, Footprint> result = new HashMap<>();
		Map<Long, Set<Long>> convened = new HashMap<>();
		practitionerIds.forEach(id -> convened.put(id, new HashSet<>()));
		records.convenedBy(practitionerIds)
				.forEach(j -> convened.computeIfAbsent(j.practitionerId(), k -> new HashSet<>()).add(j.communityId()));
		Set<Long> communityIds = new HashSet<>();
		convened.values().forEach(communityIds::addAll);

		List<ConvenerRecords.Joined> members = records.activeMembershipsIn(communityIds);
		Map<Long, Set<Long>> membersOf = new HashMap<>();
		members.forEach(m -> membersOf.computeIfAbsent(m.communityId(), k -> new HashSet<>()).add(m.practitionerId()));
		Set<Long> memberIds = new HashSet<>();
		members.forEach(m -> memberIds.add(m.practitionerId()));
		List<CrossLevelConnections.Membership> everyMembership = new ArrayList<>();
		records.activeMembershipsOf(memberIds).forEach(j -> everyMembership
				.add(new CrossLevelConnections.Membership(j.communityId(), j.practitionerId(), j.joinedAt())));
		Map<Long, Long> crossLevel = new CrossLevelConnections(everyMembership, directory.homeLevelsOf(memberIds))
				.countsFor(convened);

		Map<Long, Long> hosted = new HashMap<>();
		gatherings.heldByProposers(practitionerIds).stream()
				.filter(h -> convened.getOrDefault(h.proposerId(), Set.of()).contains(h.communityId()))
				.forEach(h -> hosted.merge(h.proposerId(), h.count(), Long::sum));
		Map<Long, Long> storiesIn = new HashMap<>();
		if (!communityIds.isEmpty()) {
			stories.countsIn(communityIds).forEach(r -> storiesIn.put((Long) r[0], (Long) r[1]));
		}
		Map<Long, String> communityNames = communities.names(communityIds);

		for (long id : practitionerIds) {
			Set<Long> theirs = convened.get(id);
			Set<Long> broughtIn = new HashSet<>();
			theirs.forEach(c -> broughtIn.addAll(membersOf.getOrDefault(c, Set.of())));
			broughtIn.remove(id);
			List<Ref> refs = theirs.stream().map(c -> new Ref(c, communityNames.get(c)))
					.sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER)).toList();
			result.put(id,
					new Footprint(id, null, refs, hosted.getOrDefault(id, 0L), broughtIn.size(),
							crossLevel.getOrDefault(id, 0L),
							theirs.stream().mapToLong(c -> storiesIn.getOrDefault(c, 0L)).sum(), 0));
		}
		return result;
	}
}
