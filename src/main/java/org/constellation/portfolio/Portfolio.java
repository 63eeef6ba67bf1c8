package org.constellation.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's API for pages, endpoints and other modules. Reading is open
 * to everyone signed in; every change is for stewards, checked here so that no
 * page or endpoint can forget it.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class Portfolio {

	private static final String STEWARD = "hasRole('STEWARD')";

	private final Levels levels;
	private final Places places;
	private final StakeholderGroups groups;
	private final Issues issues;
	private final Clock clock;

	Portfolio(Levels levels, Places places, StakeholderGroups groups, Issues issues, Clock clock) {
		this.levels = levels;
		this.places = places;
		this.groups = groups;
		this.issues = issues;
		this.clock = clock;
	}

	// Levels of scale

	/** Broadest first. */
	public List<Level> levels() {
		return levels.findAllByOrderByRankAsc();
	}

	public Level level(long id) {
		return levels.findById(id).orElseThrow(() -> new NotFoundException("Level " + id));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public Level addLevel(LevelDraft draft) {
		if (levels.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name", "A level named '" + draft.name().strip() + "' already exists");
		}
		int rank = levels.findFirstByOrderByRankDesc().map(Level::getRank).orElse(0) + 1;
		return levels.save(new Level(draft.name().strip(), rank));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public Level renameLevel(long id, LevelDraft draft) {
		requireName(draft.name());
		Level level = level(id);
		if (levels.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw new ConflictException("name", "A level named '" + draft.name().strip() + "' already exists");
		}
		level.rename(draft.name().strip());
		return level;
	}

	/**
	 * Swaps a level with its broader (up) or narrower (down) neighbour, if the
	 * places allow it.
	 */
	@Transactional
	@PreAuthorize(STEWARD)
	public void moveLevel(long id, boolean broader) {
		List<Level> ordered = levels();
		Level level = level(id);
		int index = ordered.indexOf(level);
		int other = broader ? index - 1 : index + 1;
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		Level neighbour = ordered.get(other);
		if (places.existsByLevel_Id(level.getId()) && places.existsByLevel_Id(neighbour.getId())) {
			throw new ConflictException("rank", "Both '" + level.getName() + "' and '" + neighbour.getName()
					+ "' have places; reordering them would put places above their parents");
		}
		int a = level.getRank();
		int b = neighbour.getRank();
		// ranks are unique: park one while swapping
		level.rankAt(-1);
		levels.flush();
		neighbour.rankAt(a);
		levels.flush();
		level.rankAt(b);
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public void removeLevel(long id) {
		Level level = level(id);
		if (places.existsByLevel_Id(id) || issues.existsByLevels_Id(id)) {
			throw new ConflictException(null, "'" + level.getName() + "' is still used by places or issues");
		}
		levels.delete(level);
	}

	// Places

	public Place place(long id) {
		return places.findById(id).orElseThrow(() -> new NotFoundException("Place " + id));
	}

	public Optional<Place> findPlace(Long id) {
		return id == null ? Optional.empty() : places.findById(id);
	}

	public List<Place> rootPlaces() {
		return places.findByParentIsNullOrderByName();
	}

	public List<Place> childrenOf(long placeId) {
		return places.findByParent_IdOrderByName(placeId);
	}

	/** Every place, broadest level first, for pickers. */
	public List<Place> allPlaces() {
		return places.findAllByOrderByLevelRankAscNameAsc();
	}

	/**
	 * Places for a filter to choose from, level by level, broadest first, while
	 * each whole level fits in {@code most}: a national constellation has tens of
	 * thousands of places, and a level that does not fit is counted, never read.
	 */
	public List<Ref> placeChoices(int most) {
		List<Ref> choices = new ArrayList<>();
		for (Level level : levels()) {
			if (places.countByLevel_Id(level.getId()) > most - choices.size()) {
				break;
			}
			choices.addAll(places.choicesAt(level.getId()));
		}
		return choices;
	}

	/** These places as a picker shows them, by label. */
	public List<PlaceMatch> placeMatches(Collection<Long> ids) {
		return placesById(ids).values().stream().map(Portfolio::matchOf)
				.sorted(Comparator.comparing(PlaceMatch::label, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** A place as a picker shows it: its name, level and the place it lies in. */
	public Optional<PlaceMatch> placeMatch(Long id) {
		return findPlace(id).map(Portfolio::matchOf);
	}

	private static PlaceMatch matchOf(Place p) {
		return new PlaceMatch(p.getId(), p.getName(), p.getLevel().getName(),
				p.getParent() == null ? null : p.getParent().getName());
	}

	/**
	 * The place a picker or a filter names. Without typed text (a link, an API
	 * client, or a form shown afresh) the place is the one of {@code id}. With it,
	 * the text decides: blank chooses none; {@code id} stays chosen when it is one
	 * of the places the text finds (the person picked it among the candidates the
	 * text had found); otherwise the one place the text names exactly, or the only
	 * one it finds; otherwise the candidates to choose from, or none found.
	 */
	public PlaceChoice choosePlace(Long id, String typed) {
		if (typed == null) {
			// an id that names no place stays, for the change it goes to to refuse
			return placeMatch(id).map(PlaceChoice::of)
					.orElse(id == null ? PlaceChoice.NONE : new PlaceChoice(id, "", List.of(), false));
		}
		String text = typed.strip();
		if (text.isEmpty()) {
			return PlaceChoice.NONE;
		}
		List<PlaceMatch> found = text.length() > 200 ? List.of() : placesNamed(text, 10);
		Optional<PlaceMatch> picked = found.stream().filter(p -> id != null && p.id() == id).findFirst();
		if (picked.isPresent()) {
			return PlaceChoice.of(picked.get());
		}
		List<PlaceMatch> exact = found.stream()
				.filter(p -> p.name().equalsIgnoreCase(text) || p.label().equalsIgnoreCase(text)).toList();
		if (exact.size() == 1 || found.size() == 1) {
			return PlaceChoice.of(exact.size() == 1 ? exact.getFirst() : found.getFirst());
		}
		return new PlaceChoice(null, text, found, found.isEmpty());
	}

	/**
	 * At most {@code most} places whose name holds {@code text}, ignoring case: the
	 * exact name first. "Name, Within" (as {@link PlaceMatch#label()} writes it)
	 * finds the place of that name inside the place named after the comma. A
	 * national constellation has tens of thousands of places: pickers search them,
	 * never list them all.
	 */
	public List<PlaceMatch> placesNamed(String text, int most) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
		int comma = wanted.lastIndexOf(", ");
		List<PlaceMatch> found = named(wanted, most);
		if (found.isEmpty() && comma > 0) {
			String name = wanted.substring(0, comma);
			String within = wanted.substring(comma + 2);
			found = named(name, Math.max(most, 200)).stream().filter(
					p -> p.name().equalsIgnoreCase(name) && p.within() != null && p.within().equalsIgnoreCase(within))
					.limit(most).toList();
		}
		return found;
	}

	private List<PlaceMatch> named(String lowerCase, int most) {
		String pattern = "%" + lowerCase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return places.named(pattern, lowerCase, PageRequest.of(0, most)).stream()
				.map(r -> new PlaceMatch((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
	}

	public Page<Place> places(Long parentId, Long levelId, Pageable pageable) {
		if (parentId != null && levelId != null) {
			return places.findByParent_IdAndLevel_Id(parentId, levelId, pageable);
		}
		if (parentId != null) {
			return places.findByParent_Id(parentId, pageable);
		}
		if (levelId != null) {
			return places.findByLevel_Id(levelId, pageable);
		}
		return places.findAll(pageable);
	}

	/**
	 * The names a community's card shows, in one statement instead of four: the
	 * issues, groups and places asked for, and every level.
	 */
	public PortfolioNames names(Collection<Long> issueIds, Collection<Long> groupIds, Collection<Long> placeIds) {
		Map<Long, String> issueNames = new LinkedHashMap<>();
		Map<Long, String> groupNames = new LinkedHashMap<>();
		Map<Long, PortfolioNames.PlaceName> placeNames = new LinkedHashMap<>();
		List<PortfolioNames.LevelName> levelNames = new ArrayList<>();
		for (Object[] row : levels.names(orNone(issueIds), orNone(groupIds), orNone(placeIds))) {
			long id = ((Number) row[1]).longValue();
			String name = (String) row[2];
			switch ((String) row[0]) {
				case "issue" -> issueNames.put(id, name);
				case "group" -> groupNames.put(id, name);
				case "place" ->
					placeNames.put(id, new PortfolioNames.PlaceName(id, name, ((Number) row[3]).longValue()));
				default -> levelNames.add(new PortfolioNames.LevelName(id, name, ((Number) row[4]).intValue()));
			}
		}
		levelNames.sort(Comparator.comparingInt(PortfolioNames.LevelName::rank));
		return new PortfolioNames(issueNames, groupNames, placeNames, levelNames);
	}

	/** An empty IN list is not SQL; no row has id 0. */
	private static Collection<Long> orNone(Collection<Long> ids) {
		return ids.isEmpty() ? List.of(0L) : ids;
	}

	public Map<Long, Place> placesById(Collection<Long> ids) {
		Map<Long, Place> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			places.withLevels(ids).forEach(p -> found.put(p.getId(), p));
		}
		return found;
	}

	/** From the broadest ancestor down to the place itself. */
	public List<Place> pathTo(long placeId) {
		var path = new java.util.ArrayDeque<Place>();
		for (Place p = place(placeId); p != null; p = p.getParent()) {
			path.addFirst(p);
		}
		return List.copyOf(path);
	}

	/**
	 * The place and everything under it: who lives in a district lives in its
	 * schools too.
	 */
	public Set<Long> placeWithin(long placeId) {
		return new HashSet<>(places.subtreeIds(placeId));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public Place addPlace(PlaceDraft draft) {
		Place parent = parentPlace(draft.parentId());
		Level level = levelFor(draft.levelId());
		checkPlaceName(draft.name().strip(), draft.parentId(), null);
		checkRoot(level, parent);
		return places.save(new Place(draft.name().strip(), level, parent));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public Place changePlace(long id, PlaceDraft draft) {
		Place place = place(id);
		Place parent = parentPlace(draft.parentId());
		Level level = levelFor(draft.levelId());
		checkPlaceName(draft.name().strip(), draft.parentId(), id);
		checkRoot(level, parent);
		for (Place child : childrenOf(id)) {
			if (!level.isBroaderThan(child.getLevel())) {
				throw new InvalidInputException("levelId", "'" + child.getName() + "' under this place is at "
						+ child.getLevel().getName() + ", which must stay narrower");
			}
		}
		place.placeAt(level, parent);
		place.rename(draft.name().strip());
		return place;
	}

	private Place parentPlace(Long parentId) {
		return parentId == null
				? null
				: places.findById(parentId)
						.orElseThrow(() -> new InvalidInputException("parentId", "The place above does not exist"));
	}

	private Level levelFor(Long levelId) {
		return levels.findById(levelId)
				.orElseThrow(() -> new InvalidInputException("levelId", "Choose one of the levels of scale"));
	}

	private void checkRoot(Level level, Place parent) {
		if (parent == null
				&& levels.findFirstByOrderByRankAsc().filter(l -> !l.getId().equals(level.getId())).isPresent()) {
			throw new InvalidInputException("parentId", "Choose the place this one sits under");
		}
	}

	private void checkPlaceName(String name, Long parentId, Long exceptId) {
		if (places.nameTakenUnder(name, parentId, exceptId)) {
			throw new ConflictException("name", "There is already a place named '" + name + "' there");
		}
	}

	// Stakeholder groups

	public List<StakeholderGroup> stakeholderGroups() {
		return groups.findAllByOrderByPositionAscNameAsc();
	}

	public List<StakeholderGroup> activeStakeholderGroups() {
		return stakeholderGroups().stream().filter(g -> !g.isRetired()).toList();
	}

	public StakeholderGroup stakeholderGroup(long id) {
		return groups.findById(id).orElseThrow(() -> new NotFoundException("Stakeholder group " + id));
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public StakeholderGroup addStakeholderGroup(StakeholderGroupDraft draft) {
		if (groups.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name",
					"A stakeholder group named '" + draft.name().strip() + "' already exists");
		}
		int position = (int) groups.count() + 1;
		StakeholderGroup group = new StakeholderGroup(draft.name().strip(), blankToNull(draft.description()), position);
		if (draft.retired()) {
			group.change(group.getName(), group.getDescription(), true);
		}
		return groups.save(group);
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public StakeholderGroup changeStakeholderGroup(long id, StakeholderGroupDraft draft) {
		requireName(draft.name());
		StakeholderGroup group = stakeholderGroup(id);
		if (groups.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw new ConflictException("name",
					"A stakeholder group named '" + draft.name().strip() + "' already exists");
		}
		group.change(draft.name().strip(), blankToNull(draft.description()), draft.retired());
		return group;
	}

	// Issues

	public List<Issue> issues() {
		return issues.findAllByOrderByNameAsc();
	}

	public Issue issue(long id) {
		return issues.findById(id).orElseThrow(() -> new NotFoundException("Issue " + id));
	}

	public List<Issue> subIssues(long issueId) {
		return issues.findByParent_IdOrderByName(issueId);
	}

	/** Every issue as a filter's choice: id and name, by name. */
	public List<Ref> issueChoices() {
		return issues.choices();
	}

	public Map<Long, String> issueNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			issues.names(ids).forEach(i -> names.put(i.id(), i.name()));
		}
		return names;
	}

	public Map<Long, String> stakeholderGroupNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		groups.findAllById(ids).forEach(g -> names.put(g.getId(), g.getName()));
		return names;
	}

	public boolean allIssuesExist(Collection<Long> ids) {
		return issues.findAllById(ids).size() == new HashSet<>(ids).size();
	}

	public boolean allStakeholderGroupsExist(Collection<Long> ids) {
		return groups.findAllById(ids).size() == new HashSet<>(ids).size();
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public Issue addIssue(IssueDraft draft) {
		if (issues.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name", "An issue named '" + draft.name().strip() + "' already exists");
		}
		Issue issue = new Issue(clock.instant());
		apply(issue, draft);
		return issues.save(issue);
	}

	@Transactional
	@PreAuthorize(STEWARD)
	public Issue changeIssue(long id, IssueDraft draft) {
		Issue issue = issue(id);
		if (issues.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw new ConflictException("name", "An issue named '" + draft.name().strip() + "' already exists");
		}
		apply(issue, draft);
		return issue;
	}

	private void apply(Issue issue, IssueDraft draft) {
		Issue parent = draft.parentId() == null
				? null
				: issues.findById(draft.parentId())
						.orElseThrow(() -> new InvalidInputException("parentId", "The broader issue does not exist"));
		List<Level> chosen = levels.findAllById(draft.levelIds());
		if (chosen.size() != draft.levelIds().size()) {
			throw new InvalidInputException("levelIds", "Choose levels of scale from the list");
		}
		issue.change(draft.name().strip(), draft.description().strip(), draft.status(), parent, Set.copyOf(chosen),
				clock.instant());
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank() || name.length() > 160) {
			throw new InvalidInputException("name", "Give a name of up to 160 characters");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
