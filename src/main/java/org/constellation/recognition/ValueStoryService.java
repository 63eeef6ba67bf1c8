package org.constellation.recognition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Pages;
import org.constellation.shared.Ref;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Value-creation stories. Writing asks the community's access policy
 * ({@link CommunityAccess#requireContribute}); reading a story asks it too: a
 * story for the community is read by those who may read the community, never by
 * a sponsor, and a story made visible is read by everyone signed in. Only its
 * author changes or deletes a story.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ValueStoryService {

	public static final int PAGE_SIZE = 20;
	/** A community's value page shows at most this many of its latest stories. */
	static final int VALUE_PAGE_LIMIT = 300;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final ValueStories stories;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final Portfolio portfolio;
	private final People people;
	private final Clock clock;
	/**
	 * How many stories each reader may read across every community (of one cycle,
	 * if asked), kept a few seconds: counting asks the rule of who reads what of
	 * every story (4.5 ms at national scale), where a page stops at its twentieth.
	 * Each count is its reader's own.
	 */
	private final Cache<AcrossCount, Long> acrossCounts;

	private record AcrossCount(Long practitionerId, boolean seesPeople, ValueCycle cycle) {
	}

	ValueStoryService(ValueStories stories, CommunityAccess access, CommunityService communities, Portfolio portfolio,
			People people, Clock clock,
			@Value("${constellation.recognition.counts-kept-for:PT10S}") Duration countsKeptFor) {
		this.acrossCounts = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(countsKeptFor).build();
		this.stories = stories;
		this.access = access;
		this.communities = communities;
		this.portfolio = portfolio;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Whether this viewer reads the community-only stories of a community: a reader
	 * of the community who sees people (a sponsor never does).
	 */
	static boolean readsCommunityStories(AccountPrincipal viewer, Standing standing) {
		return viewer.seesPeople() && standing.canRead();
	}

	public ValueStoryView story(AccountPrincipal viewer, long id) {
		ValueStory story = find(id);
		requireRead(viewer, story);
		return views(viewer, List.of(story)).getFirst();
	}

	private ValueStory find(long id) {
		return stories.findById(id).orElseThrow(() -> new NotFoundException("Value story " + id));
	}

	private void requireRead(AccountPrincipal viewer, ValueStory story) {
		if (!story.visibleToSponsors()
				&& !readsCommunityStories(viewer, access.standing(viewer, story.getCommunityId()))) {
			throw new ForbiddenException("Only the community's readers can read this story");
		}
	}

	/**
	 * The stories this viewer may read, newest first; of one community and of one
	 * cycle if asked.
	 */
	public Page<ValueStoryView> list(AccountPrincipal viewer, Long communityId, ValueCycle cycle, Pageable pageable) {
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		Specification<ValueStory> spec;
		if (communityId != null) {
			boolean all = readsCommunityStories(viewer, access.standing(viewer, communityId));
			spec = (root, q, cb) -> all
					? cb.equal(root.get("communityId"), communityId)
					: cb.and(cb.equal(root.get("communityId"), communityId),
							cb.equal(root.get("visibility"), StoryVisibility.SIGNED_IN));
		} else if (viewer.seesPeople()) {
			// a story kept for its community's readers is read where its community is
			// readable
			spec = (root, q, cb) -> cb.or(cb.equal(root.get("visibility"), StoryVisibility.SIGNED_IN),
					CommunityAccess.readable(viewer.practitionerId(), root.get("communityId"), q, cb));
		} else {
			spec = (root, q, cb) -> cb.equal(root.get("visibility"), StoryVisibility.SIGNED_IN);
		}
		if (cycle != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.join("cycles"), cycle));
		}
		if (communityId == null) {
			Specification<ValueStory> across = spec;
			Slice<ValueStory> slice = stories.findBy(across, q -> q.sortBy(NEWEST_FIRST).slice(sorted));
			long total = acrossCounts.get(new AcrossCount(viewer.practitionerId(), viewer.seesPeople(), cycle),
					_ -> stories.count(across));
			return Pages.counted(new SliceImpl<>(views(viewer, slice.getContent()), sorted, slice.hasNext()), total);
		}
		Page<ValueStory> page = stories.findAll(spec, sorted);
		return new PageImpl<>(views(viewer, page.getContent()), sorted, page.getTotalElements());
	}

	/** A community's latest stories this viewer may read, grouped by cycle. */
	public Map<ValueCycle, List<ValueStoryView>> byCycle(AccountPrincipal viewer, long communityId) {
		List<ValueStoryView> found = list(viewer, communityId, null, PageRequest.of(0, VALUE_PAGE_LIMIT)).getContent();
		Map<ValueCycle, List<ValueStoryView>> grouped = new java.util.EnumMap<>(ValueCycle.class);
		for (ValueCycle cycle : ValueCycle.values()) {
			grouped.put(cycle, found.stream().filter(s -> s.cycles().contains(cycle)).toList());
		}
		return grouped;
	}

	public long countReadable(AccountPrincipal viewer, long communityId, Standing standing) {
		return stories.countIn(communityId, readsCommunityStories(viewer, standing));
	}

	/** The issues a story of this community may name: the community's own. */
	public List<Ref> issuesOf(long communityId) {
		Map<Long, String> names = portfolio.issueNames(communities.charterIssueIds(communityId));
		return names.entrySet().stream().map(e -> new Ref(e.getKey(), e.getValue()))
				.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	@Transactional
	public ValueStoryView write(AccountPrincipal viewer, ValueStoryDraft draft) {
		if (draft.communityId() == null) {
			throw new InvalidInputException("communityId", "Choose the community the story belongs to");
		}
		access.requireContribute(viewer, draft.communityId());
		ValueStory.check(draft);
		requireIssuesOf(draft.communityId(), draft.issueIds());
		ValueStory story = stories
				.saveAndFlush(new ValueStory(draft.communityId(), viewer.practitionerId(), draft, clock.instant()));
		communities.touch(draft.communityId());
		return views(viewer, List.of(story)).getFirst();
	}

	@Transactional
	public ValueStoryView change(AccountPrincipal viewer, long id, ValueStoryDraft draft) {
		ValueStory story = find(id);
		requireAuthor(viewer, story);
		if (draft.communityId() != null && !draft.communityId().equals(story.getCommunityId())) {
			throw new InvalidInputException("communityId", "A story stays in the community it was written in");
		}
		if (draft.version() != null && draft.version() != story.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ValueStory.class, id);
		}
		ValueStory.check(draft);
		requireIssuesOf(story.getCommunityId(), draft.issueIds());
		story.change(draft, clock.instant());
		return views(viewer, List.of(stories.saveAndFlush(story))).getFirst();
	}

	@Transactional
	public void delete(AccountPrincipal viewer, long id) {
		ValueStory story = find(id);
		requireAuthor(viewer, story);
		stories.delete(story);
	}

	private void requireAuthor(AccountPrincipal viewer, ValueStory story) {
		if (!story.getAuthorId().equals(viewer.practitionerId())) {
			requireRead(viewer, story);
			throw new ForbiddenException("Only the person who wrote a story can change it");
		}
	}

	private void requireIssuesOf(long communityId, Set<Long> issueIds) {
		if (!communities.charterIssueIds(communityId).containsAll(issueIds)) {
			throw new InvalidInputException("issueIds", "Choose issues of the community's charter");
		}
	}

	/** Names of communities, authors and issues in three queries. */
	List<ValueStoryView> views(AccountPrincipal viewer, List<ValueStory> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Set<Long> communityIds = new HashSet<>();
		Set<Long> authors = new HashSet<>();
		Set<Long> issues = new HashSet<>();
		page.forEach(s -> {
			communityIds.add(s.getCommunityId());
			authors.add(s.getAuthorId());
			issues.addAll(s.getIssueIds());
		});
		Map<Long, String> communityNames = communities.names(communityIds);
		Map<Long, String> authorNames = people.displayNames(authors);
		Map<Long, String> issueNames = issues.isEmpty() ? Map.of() : portfolio.issueNames(issues);
		Long me = viewer == null ? null : viewer.practitionerId();
		List<ValueStoryView> views = new ArrayList<>();
		for (ValueStory s : page) {
			List<Ref> refs = s.getIssueIds().stream().filter(issueNames::containsKey)
					.map(i -> new Ref(i, issueNames.get(i))).sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
					.toList();
			views.add(new ValueStoryView(s.getId(), s.getCommunityId(), communityNames.get(s.getCommunityId()),
					s.getAuthorId(), authorNames.get(s.getAuthorId()), s.getTitle(), s.getBody(), s.getBodyHtml(),
					s.getCycles(), refs, s.getEvidence(), s.getEvidenceLinks(), s.getVisibility(), s.getCreatedAt(),
					s.getUpdatedAt(), s.getVersion(), s.getAuthorId().equals(me)));
		}
		return views;
	}

	/**
	 * A page of the stories made visible, of one community or of all, newest first;
	 * the report counts them itself.
	 */
	Slice<ValueStoryView> visible(AccountPrincipal viewer, Long communityId, Pageable pageable) {
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		Slice<ValueStory> slice = stories.visible(communityId, sorted);
		return new SliceImpl<>(views(viewer, slice.getContent()), sorted, slice.hasNext());
	}

	/** One line of the report's CSV. */
	record VisibleRow(long id, String communityName, String title, Set<ValueCycle> cycles, List<String> issueNames,
			String authorName, Instant createdAt) {
	}

	/**
	 * Every story made visible, of one community or of all, newest first, as the
	 * CSV's lines: six queries whatever their number, and none reads a story's
	 * text.
	 */
	List<VisibleRow> visibleRows(Long communityId) {
		List<Object[]> rows = stories.visibleRows(communityId);
		Map<Long, Set<ValueCycle>> cycles = new HashMap<>();
		stories.visibleCycles(communityId).forEach(
				r -> cycles.computeIfAbsent((Long) r[0], _ -> EnumSet.noneOf(ValueCycle.class)).add((ValueCycle) r[1]));
		Map<Long, Set<Long>> issues = new HashMap<>();
		stories.visibleIssues(communityId)
				.forEach(r -> issues.computeIfAbsent((Long) r[0], _ -> new HashSet<>()).add((Long) r[1]));
		Map<Long, String> communityNames = communities
				.names(rows.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
		Map<Long, String> authorNames = people
				.displayNames(rows.stream().map(r -> (Long) r[3]).collect(Collectors.toSet()));
		Set<Long> issueIds = issues.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		Map<Long, String> issueNames = issueIds.isEmpty() ? Map.of() : portfolio.issueNames(issueIds);
		return rows.stream().map(r -> {
			long id = (Long) r[0];
			return new VisibleRow(id, communityNames.get((Long) r[1]), (String) r[2], cycles.getOrDefault(id, Set.of()),
					issues.getOrDefault(id, Set.of()).stream().filter(issueNames::containsKey).map(issueNames::get)
							.sorted(String.CASE_INSENSITIVE_ORDER).toList(),
					authorNames.get((Long) r[3]), (Instant) r[4]);
		}).toList();
	}
}
