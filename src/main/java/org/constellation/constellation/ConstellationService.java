package org.constellation.constellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityCensus.CommunityFact;
import org.constellation.communities.Stage;
import org.constellation.constellation.analytics.BoundarySpanning.Spanner;
import org.constellation.constellation.analytics.CommunityHealth;
import org.constellation.constellation.analytics.ConstellationMap;
import org.constellation.constellation.analytics.Coverage;
import org.constellation.constellation.analytics.Snapshot;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.PractitionerCensus.PractitionerFact;
import org.constellation.people.Role;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.Level;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Pages;
import org.constellation.shared.Ref;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The constellation's aggregate views, for everyone signed in — members,
 * conveners, stewards and sponsors — except the boundary spanners, who are
 * people and are shown to stewards and conveners only. Nothing here reads what
 * anyone wrote: only communities' charters and counts.
 */
@Service
public class ConstellationService {

	/** Which communities the map shows; every filter optional. */
	public record MapFilter(Long issueId, Long stakeholderGroupId, Long placeId, Stage stage, int minSharedMembers) {

		public static MapFilter none() {
			return new MapFilter(null, null, null, null, 1);
		}

		public boolean any() {
			return issueId != null || stakeholderGroupId != null || placeId != null || stage != null;
		}

		/** The whole constellation, whose answers are kept per snapshot. */
		public boolean whole() {
			return !any() && minSharedMembers <= 1;
		}
	}

	/** A community on the map, with the levels it spans (ids broadest first). */
	public record MapCommunity(long id, String name, Stage stage, List<Long> levels, List<String> levelNames,
			boolean crossLevel, int members, int recentPosts, List<Ref> issues) {
	}

	/** Two communities joined by people and issues they share. */
	public record MapLink(long source, long target, int sharedMembers, int sharedIssues) {
	}

	/** The map: levels broadest first, the chosen communities and their links. */
	public record MapView(List<Ref> levels, List<MapCommunity> communities, List<MapLink> links, boolean issueLinks,
			int totalCommunities, Map<Long, List<MapLink>> membersLinksOf, Map<Long, String> names) {

		/**
		 * The links through shared members of one community, most shared first (then by
		 * the other community's name), indexed once per view: a page lists a few rows
		 * of a national map with half a million links.
		 */
		public List<MapLink> membersLinksOf(long communityId) {
			return membersLinksOf.getOrDefault(communityId, List.of());
		}

		/** The name of a community on this map. */
		public String nameOf(long communityId) {
			return names.get(communityId);
		}
	}

	/**
	 * What the map's script draws: the most-joined communities, at most
	 * {@link #DRAWN}, and the links among them; where these are more than
	 * {@link #LINES}, each community's {@link #TIES_EACH} strongest, and how many
	 * were left out.
	 */
	public record DrawnMap(List<Ref> levels, List<MapCommunity> communities, List<MapLink> links, int linksLeftOut) {
	}

	/** How many communities the map draws at most; the table lists them all. */
	public static final int DRAWN = 400;

	/**
	 * Past this many lines a map is a tangle nobody can read (at national scale the
	 * 400 communities drawn share 37,000 links, 2.5 MB to send)...
	 */
	public static final int LINES = 2000;

	/** ...so each community keeps only its strongest ties. */
	public static final int TIES_EACH = 5;

	/** One issue's row of both heat maps; a null cell is a gap. */
	public record CoverageRow(Ref issue, boolean subIssue, List<Coverage.LevelCell> levels,
			List<Coverage.GroupCell> groups) {
	}

	/** A community's gaps, by name. */
	public record GapView(Ref community, List<Ref> missingGroups, List<Ref> missingLevels) {
	}

	/**
	 * Coverage of issues across levels and stakeholder groups, and each community's
	 * gaps.
	 */
	public record CoverageView(List<Ref> levels, List<Ref> groups, List<CoverageRow> rows, List<GapView> gaps,
			int maxMembersAtLevel, int maxMembersInGroup) {

		/**
		 * One page of the communities with gaps: at national scale there are thousands,
		 * too many for one page or one answer.
		 */
		public Page<GapView> gaps(Pageable pageable) {
			return Pages.of(gaps, pageable);
		}

		/** How warm a cell is drawn, 0 (nobody) to 5 (the most members of any cell). */
		public int levelHeat(Coverage.LevelCell cell) {
			return heat(cell == null ? 0 : cell.members(), maxMembersAtLevel);
		}

		public int groupHeat(Coverage.GroupCell cell) {
			return heat(cell == null ? 0 : cell.members(), maxMembersInGroup);
		}

		private static int heat(int members, int max) {
			return members == 0 ? 0 : (int) Math.ceil(5.0 * members / Math.max(1, max));
		}
	}

	/**
	 * A person who connects communities across levels, with the communities the
	 * reader may see.
	 */
	public record SpannerView(long practitionerId, String name, double betweenness, int communityCount,
			List<Ref> communities, List<Ref> levels) {
	}

	private final Snapshots snapshots;
	private final Portfolio portfolio;
	private final People people;
	private final CommunityAccess access;

	/**
	 * An answer drawn from one snapshot, kept until the next: at national scale the
	 * unfiltered map holds half a million links and coverage thousands of gaps, too
	 * many to turn into answers again for every reader (64 readers of the map at
	 * once filled a 2 GiB heap). Drawn again with each new snapshot, so names of
	 * issues, levels and groups are as fresh as its counts.
	 */
	private static final class PerSnapshot<T> {

		private record Drawn<T>(Snapshot snapshot, T answer) {
		}

		private volatile Drawn<T> drawn;

		/**
		 * One reader draws for a new snapshot while the others wait for its answer: at
		 * national scale a drawing takes a second and hundreds of MiB, and 64 readers
		 * each drawing their own ran the heap dry.
		 */
		T get(Snapshot snapshot, Supplier<T> draw) {
			Drawn<T> kept = drawn;
			if (kept != null && kept.snapshot() == snapshot) {
				return kept.answer();
			}
			synchronized (this) {
				kept = drawn;
				if (kept != null && kept.snapshot() == snapshot) {
					return kept.answer();
				}
				T answer = draw.get();
				drawn = new Drawn<>(snapshot, answer);
				return answer;
			}
		}
	}

	private final PerSnapshot<MapView> wholeMap = new PerSnapshot<>();
	private final PerSnapshot<DrawnMap> wholeDrawn = new PerSnapshot<>();
	private final PerSnapshot<CoverageView> coverage = new PerSnapshot<>();
	private final PerSnapshot<Headline> headline = new PerSnapshot<>();
	private final PerSnapshot<List<CommunityHealth>> sortedHealth = new PerSnapshot<>();

	ConstellationService(Snapshots snapshots, Portfolio portfolio, People people, CommunityAccess access) {
		this.snapshots = snapshots;
		this.portfolio = portfolio;
		this.people = people;
		this.access = access;
	}

	public MapView map(MapFilter filter) {
		return map(filter, snapshots.current());
	}

	private MapView map(MapFilter filter, Snapshot snapshot) {
		return filter.whole()
				? wholeMap.get(snapshot, () -> draw(filter, snapshot, true))
				: draw(filter, snapshot, false);
	}

	/** A map and the part of it that is drawn, both from one snapshot. */
	public record MapWithDrawing(MapView view, DrawnMap drawn) {
	}

	/**
	 * The map and the part of it that is drawn; for the whole constellation, both
	 * worked out once per snapshot (the drawing filters half a million links at
	 * national scale), for a filtered map once per call.
	 */
	public MapWithDrawing mapWithDrawing(MapFilter filter) {
		Snapshot snapshot = snapshots.current();
		MapView view = map(filter, snapshot);
		return new MapWithDrawing(view, filter.whole() ? wholeDrawn.get(snapshot, () -> drawnOf(view)) : drawnOf(view));
	}

	/** The part of the map that is drawn (see {@link #mapWithDrawing}). */
	public DrawnMap drawn(MapFilter filter) {
		return mapWithDrawing(filter).drawn();
	}

	static DrawnMap drawnOf(MapView view) {
		List<MapCommunity> drawn = view.communities().stream()
				.sorted(Comparator.comparingInt(MapCommunity::members).reversed()).limit(DRAWN).toList();
		Set<Long> ids = new HashSet<>();
		drawn.forEach(c -> ids.add(c.id()));
		List<MapLink> among = view.links().stream().filter(l -> ids.contains(l.source()) && ids.contains(l.target()))
				.toList();
		if (among.size() <= LINES) {
			return new DrawnMap(view.levels(), drawn, among, 0);
		}
		Map<Long, List<MapLink>> tiesOf = new HashMap<>();
		for (MapLink link : among) {
			tiesOf.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link);
			tiesOf.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link);
		}
		Comparator<MapLink> strongest = Comparator.comparingInt(MapLink::sharedMembers)
				.thenComparingInt(MapLink::sharedIssues).reversed().thenComparingLong(MapLink::source)
				.thenComparingLong(MapLink::target);
		Set<MapLink> kept = new HashSet<>();
		tiesOf.values().forEach(ties -> ties.stream().sorted(strongest).limit(TIES_EACH).forEach(kept::add));
		List<MapLink> links = among.stream().filter(kept::contains).toList();
		return new DrawnMap(view.levels(), drawn, links, among.size() - links.size());
	}

	/**
	 * Which of the drawn links the map shows: by default each community's two
	 * strongest ties through shared members, which a room can follow; then five
	 * each; then every link drawn, shared issues too.
	 */
	public enum LinkChoice {
		STRONGEST(2), MORE(TIES_EACH), ALL(Integer.MAX_VALUE);

		private final int each;

		LinkChoice(int each) {
			this.each = each;
		}

		/** How many ties of each community are shown, or none when all are. */
		public int each() {
			return this == ALL ? 0 : each;
		}
	}

	/**
	 * The links the map shows of those drawn: every one, or for each community its
	 * strongest ties through shared members; in the order drawn.
	 */
	public static List<MapLink> shown(DrawnMap drawn, LinkChoice choice) {
		return choice == LinkChoice.ALL ? drawn.links() : strongestTies(drawn.links(), choice.each);
	}

	/**
	 * Of these links, each community's {@code each} strongest ties through shared
	 * members (by members, then issues shared), in the order given: a link stays
	 * when it is among the strongest of either of its two communities. Links of
	 * shared issues alone are left out.
	 */
	public static List<MapLink> strongestTies(List<MapLink> links, int each) {
		Map<Long, List<MapLink>> tiesOf = new HashMap<>();
		for (MapLink link : links) {
			if (link.sharedMembers() > 0) {
				tiesOf.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link);
				tiesOf.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link);
			}
		}
		Comparator<MapLink> strongest = Comparator.comparingInt(MapLink::sharedMembers)
				.thenComparingInt(MapLink::sharedIssues).reversed().thenComparingLong(MapLink::source)
				.thenComparingLong(MapLink::target);
		Set<MapLink> kept = new HashSet<>();
		tiesOf.values().forEach(ties -> ties.stream().sorted(strongest).limit(each).forEach(kept::add));
		return links.stream().filter(kept::contains).toList();
	}

	/**
	 * The figures above the map, of the communities it shows: how many, how many
	 * practitioners take part in them, how many links through shared members join
	 * communities that do not work at the same levels of scale (of how many), how
	 * many of the communities span more than one level, and the gaps of coverage
	 * (an issue with no community at a level; of the chosen issue and its
	 * sub-issues when the map shows one issue).
	 */
	public record MapFigures(int communities, int practitioners, int memberLinks, int linksAcrossLevels,
			int crossLevelCommunities, int gaps) {

		/**
		 * The share of links through shared members that cross levels, in whole
		 * percent.
		 */
		public int linksAcrossLevelsPercent() {
			return memberLinks == 0 ? 0 : Math.round(linksAcrossLevels * 100f / memberLinks);
		}
	}

	private final PerSnapshot<MapFigures> wholeFigures = new PerSnapshot<>();

	/**
	 * The figures of the map a filter chooses; from the snapshot and the map
	 * already drawn, no statement. The whole map's once per snapshot.
	 */
	public MapFigures figures(MapFilter filter) {
		Snapshot snapshot = snapshots.current();
		if (filter.whole()) {
			return wholeFigures.get(snapshot, () -> figuresOf(filter, snapshot));
		}
		return figuresOf(filter, snapshot);
	}

	private MapFigures figuresOf(MapFilter filter, Snapshot snapshot) {
		MapView view = map(filter, snapshot);
		Map<Long, List<Long>> levelsOf = new HashMap<>();
		view.communities().forEach(c -> levelsOf.put(c.id(), c.levels()));
		int memberLinks = 0;
		int across = 0;
		for (MapLink link : view.links()) {
			if (link.sharedMembers() > 0) {
				memberLinks++;
				List<Long> a = levelsOf.getOrDefault(link.source(), List.of());
				List<Long> b = levelsOf.getOrDefault(link.target(), List.of());
				if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
					across++;
				}
			}
		}
		Set<Long> ids = levelsOf.keySet();
		int crossLevel = (int) view.communities().stream().filter(MapCommunity::crossLevel).count();
		CoverageView cv = coverage.get(snapshot, () -> drawCoverage(snapshot));
		Set<Long> issues = null;
		if (filter.issueId() != null) {
			issues = new HashSet<>(portfolio.subIssues(filter.issueId()).stream().map(Issue::getId).toList());
			issues.add(filter.issueId());
		}
		int gaps = 0;
		for (CoverageRow row : cv.rows()) {
			if (issues == null || issues.contains(row.issue().id())) {
				gaps += (int) row.levels().stream().filter(java.util.Objects::isNull).count();
			}
		}
		return new MapFigures(ids.size(), snapshot.membersOf(ids).size(), memberLinks, across, crossLevel, gaps);
	}

	private MapView draw(MapFilter filter, Snapshot snapshot, boolean whole) {
		List<Level> levels = portfolio.levels();
		Map<Long, String> levelNames = levels.stream().collect(Collectors.toMap(Level::getId, Level::getName));
		Map<Long, Integer> rank = levels.stream().collect(Collectors.toMap(Level::getId, Level::getRank));
		Map<Long, String> issueNames = portfolio.issues().stream()
				.collect(Collectors.toMap(Issue::getId, Issue::getName));
		ConstellationMap.View view = whole
				? snapshot.wholeMap()
				: ConstellationMap.of(snapshot, chosenBy(filter, snapshot), filter.minSharedMembers());
		List<MapCommunity> communities = view.nodes().stream().map(node -> {
			List<Long> spans = node.levelIds().stream().filter(rank::containsKey)
					.sorted(Comparator.comparing(rank::get)).toList();
			List<Ref> issues = node.community().issueIds().stream().filter(issueNames::containsKey)
					.map(id -> new Ref(id, issueNames.get(id))).sorted(Comparator.comparing(Ref::name)).toList();
			return new MapCommunity(node.community().id(), node.community().name(), node.community().stage(), spans,
					spans.stream().map(levelNames::get).toList(), spans.size() > 1, node.members(), node.recentPosts(),
					issues);
		}).sorted(Comparator.comparing(MapCommunity::name, String.CASE_INSENSITIVE_ORDER)).toList();
		List<MapLink> links = view.links().stream()
				.map(l -> new MapLink(l.source(), l.target(), l.sharedMembers(), l.sharedIssues())).toList();
		Map<Long, String> names = new HashMap<>();
		communities.forEach(c -> names.put(c.id(), c.name()));
		Map<Long, List<MapLink>> membersLinksOf = new HashMap<>();
		for (MapLink link : links) {
			if (link.sharedMembers() > 0) {
				membersLinksOf.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link);
				membersLinksOf.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link);
			}
		}
		membersLinksOf.forEach((id,
				its) -> its.sort(Comparator.comparingInt(MapLink::sharedMembers).reversed().thenComparing(
						l -> names.get(l.source() == id ? l.target() : l.source()),
						Comparator.nullsLast(Comparator.naturalOrder()))));
		return new MapView(levels.stream().map(l -> new Ref(l.getId(), l.getName())).toList(), communities, links,
				view.issueLinks(), snapshot.communities().size(), membersLinksOf, names);
	}

	private Predicate<CommunityFact> chosenBy(MapFilter filter, Snapshot snapshot) {
		Predicate<CommunityFact> chosen = c -> true;
		if (filter.issueId() != null) {
			Set<Long> issues = new HashSet<>(portfolio.subIssues(filter.issueId()).stream().map(Issue::getId).toList());
			issues.add(filter.issueId());
			chosen = chosen.and(c -> c.issueIds().stream().anyMatch(issues::contains));
		}
		if (filter.stage() != null) {
			chosen = chosen.and(c -> c.stage() == filter.stage());
		}
		if (filter.placeId() != null) {
			Set<Long> within = portfolio.placeWithin(filter.placeId());
			chosen = chosen.and(c -> c.placeIds().stream().anyMatch(within::contains));
		}
		if (filter.stakeholderGroupId() != null) {
			long group = filter.stakeholderGroupId();
			chosen = chosen.and(c -> c.askedGroupIds().contains(group) || hasMemberOf(snapshot, c.id(), group));
		}
		return chosen;
	}

	private static boolean hasMemberOf(Snapshot snapshot, long communityId, long group) {
		for (long member : snapshot.members(communityId)) {
			PractitionerFact person = snapshot.practitioner(member);
			if (person != null && person.groupIds().contains(group)) {
				return true;
			}
		}
		return false;
	}

	public CoverageView coverage() {
		Snapshot snapshot = snapshots.current();
		return coverage.get(snapshot, () -> drawCoverage(snapshot));
	}

	private CoverageView drawCoverage(Snapshot snapshot) {
		Coverage coverage = snapshot.coverage();
		List<Ref> levels = portfolio.levels().stream().map(l -> new Ref(l.getId(), l.getName())).toList();
		List<Ref> groups = portfolio.activeStakeholderGroups().stream().map(g -> new Ref(g.getId(), g.getName()))
				.toList();
		Map<Long, String> levelNames = levels.stream().collect(Collectors.toMap(Ref::id, Ref::name));
		Map<Long, String> groupNames = portfolio.stakeholderGroups().stream()
				.collect(Collectors.toMap(g -> g.getId(), g -> g.getName()));
		List<CoverageRow> rows = new ArrayList<>();
		int maxLevel = 0;
		int maxGroup = 0;
		for (Issue issue : issuesInTreeOrder()) {
			List<Coverage.LevelCell> byLevel = new ArrayList<>();
			for (Ref level : levels) {
				Coverage.LevelCell cell = coverage.byLevel().get(new Coverage.Key(issue.getId(), level.id()));
				byLevel.add(cell);
				maxLevel = Math.max(maxLevel, cell == null ? 0 : cell.members());
			}
			List<Coverage.GroupCell> byGroup = new ArrayList<>();
			for (Ref group : groups) {
				Coverage.GroupCell cell = coverage.byGroup().get(new Coverage.Key(issue.getId(), group.id()));
				byGroup.add(cell);
				maxGroup = Math.max(maxGroup, cell == null ? 0 : cell.members());
			}
			rows.add(new CoverageRow(new Ref(issue.getId(), issue.getName()), issue.getParentId() != null, byLevel,
					byGroup));
		}
		List<GapView> gaps = coverage.gaps().stream()
				.map(g -> new GapView(new Ref(g.communityId(), g.name()),
						g.missingGroupIds().stream().map(id -> new Ref(id, groupNames.get(id))).toList(),
						g.missingLevelIds().stream().map(id -> new Ref(id, levelNames.get(id))).toList()))
				.toList();
		return new CoverageView(levels, groups, rows, gaps, maxLevel, maxGroup);
	}

	/** Each issue followed by its sub-issues, by name. */
	private List<Issue> issuesInTreeOrder() {
		List<Issue> all = portfolio.issues();
		Map<Long, List<Issue>> children = new LinkedHashMap<>();
		List<Issue> ordered = new ArrayList<>();
		for (Issue issue : all) {
			if (issue.getParentId() != null) {
				children.computeIfAbsent(issue.getParentId(), k -> new ArrayList<>()).add(issue);
			}
		}
		Set<Long> ids = all.stream().map(Issue::getId).collect(Collectors.toSet());
		for (Issue issue : all) {
			if (issue.getParentId() == null || !ids.contains(issue.getParentId())) {
				ordered.add(issue);
				ordered.addAll(children.getOrDefault(issue.getId(), List.of()));
			}
		}
		return ordered;
	}

	/** Whether this reader may see who the boundary spanners are. */
	public boolean maySeeSpanners(AccountPrincipal viewer) {
		return viewer.has(Role.STEWARD) || (viewer.seesPeople() && viewer.practitionerId() != null
				&& access.convenesAny(viewer.practitionerId()));
	}

	public Page<SpannerView> boundarySpanners(AccountPrincipal viewer, Pageable pageable) {
		if (!maySeeSpanners(viewer)) {
			throw new ForbiddenException(viewer.seesPeople()
					? "Boundary spanners are shown to stewards and to conveners"
					: "Sponsors see aggregate views, not individual practitioners");
		}
		Snapshot snapshot = snapshots.current();
		List<Spanner> all = snapshot.boundarySpanners();
		int from = (int) Math.min(pageable.getOffset(), all.size());
		List<Spanner> page = all.subList(from, Math.min(all.size(), from + pageable.getPageSize()));
		Map<Long, String> names = people.displayNames(page.stream().map(Spanner::practitionerId).toList());
		Set<Long> shown = new HashSet<>();
		page.forEach(s -> shown.addAll(s.communityIds()));
		Set<Long> readable = access.readableAmong(viewer.practitionerId(), shown);
		Map<Long, String> levelNames = portfolio.levels().stream()
				.collect(Collectors.toMap(Level::getId, Level::getName));
		List<Long> levelOrder = portfolio.levels().stream().map(Level::getId).toList();
		List<SpannerView> views = page.stream().map(s -> new SpannerView(s.practitionerId(),
				names.getOrDefault(s.practitionerId(), ""), Math.round(s.betweenness() * 10) / 10.0,
				s.communityIds().size(),
				s.communityIds().stream().filter(readable::contains)
						.map(id -> new Ref(id, snapshot.community(id).name())).toList(),
				levelOrder.stream().filter(s.levelIds()::contains).map(id -> new Ref(id, levelNames.get(id))).toList()))
				.toList();
		return new PageImpl<>(views, pageable, all.size());
	}

	/**
	 * The constellation's figures for a home page: how many communities, how many
	 * of them span more than one level of scale, how many practitioners take part
	 * in at least one, the gaps of coverage (an issue without a community at a
	 * level, a charter asking for someone none of its members brings) and how many
	 * communities need attention.
	 */
	public record Headline(int communities, int crossLevel, int practitionersInCommunities, int issueLevelGaps,
			int communitiesMissingSomeone, int needingAttention) {

		/** The share of communities spanning more than one level, in whole percent. */
		public int crossLevelPercent() {
			return communities == 0 ? 0 : Math.round(crossLevel * 100f / communities);
		}
	}

	/**
	 * Worked out once per snapshot, from what the map, coverage and health already
	 * hold: reading it costs no statement once the snapshot's coverage is drawn.
	 */
	public Headline headline() {
		Snapshot snapshot = snapshots.current();
		return headline.get(snapshot, () -> {
			CoverageView cv = coverage.get(snapshot, () -> drawCoverage(snapshot));
			int gaps = 0;
			for (CoverageRow row : cv.rows()) {
				gaps += (int) row.levels().stream().filter(java.util.Objects::isNull).count();
			}
			int crossLevel = (int) snapshot.communities().stream().filter(c -> Snapshot.levelsOf(c).size() > 1).count();
			Set<Long> ids = snapshot.communities().stream().map(CommunityFact::id).collect(Collectors.toSet());
			int attention = (int) snapshot.health().values().stream().filter(CommunityHealth::needsAttention).count();
			return new Headline(ids.size(), crossLevel, snapshot.membersOf(ids).size(), gaps, cv.gaps().size(),
					attention);
		});
	}

	/**
	 * Every community's health, those that need attention first, then by name: one
	 * list per snapshot (5,000 communities at national scale, sorted once).
	 */
	public List<CommunityHealth> health() {
		Snapshot snapshot = snapshots.current();
		return sortedHealth.get(snapshot,
				() -> snapshot.health().values().stream()
						.sorted(Comparator.comparing((CommunityHealth h) -> !h.needsAttention())
								.thenComparing(h -> h.attention().isEmpty() ? 99 : h.attention().getFirst().ordinal())
								.thenComparing(CommunityHealth::name, String.CASE_INSENSITIVE_ORDER))
						.toList());
	}

	public CommunityHealth health(long communityId) {
		CommunityHealth health = snapshots.current().health().get(communityId);
		if (health == null) {
			throw new NotFoundException("No community " + communityId);
		}
		return health;
	}

	/** The Monday each week of {@link CommunityHealth#weeklyPosts()} begins on. */
	public List<java.time.Instant> weeks() {
		Snapshot snapshot = snapshots.current();
		List<java.time.Instant> weeks = new ArrayList<>();
		for (int i = 0; i < Snapshot.WEEKS; i++) {
			weeks.add(CommunityHealth.weekStart(snapshot, i));
		}
		return weeks;
	}
}
