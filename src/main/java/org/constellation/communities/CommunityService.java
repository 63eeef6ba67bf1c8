package org.constellation.communities;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.Portfolio;
import org.constellation.portfolio.PortfolioNames;
import org.constellation.portfolio.PortfolioNames.LevelName;
import org.constellation.portfolio.PortfolioNames.PlaceName;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community itself: convening it, its charter and life-cycle stage, and
 * reading it (the cards, names, conveners and home page other modules and pages
 * show). Who may do what is asked of {@link CommunityAccess}; belonging to a
 * community is {@link MembershipService}'s, inviting to it
 * {@link InvitationService}'s and sharing the convening
 * {@link ConvenerService}'s.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class CommunityService {

	private final Communities communities;
	private final Memberships memberships;
	private final StageChanges stageChanges;
	private final CommunityAccess access;
	private final Portfolio portfolio;
	private final People people;
	private final Clock clock;

	CommunityService(Communities communities, Memberships memberships, StageChanges stageChanges,
			CommunityAccess access, Portfolio portfolio, People people, Clock clock) {
		this.communities = communities;
		this.memberships = memberships;
		this.stageChanges = stageChanges;
		this.access = access;
		this.portfolio = portfolio;
		this.people = people;
		this.clock = clock;
	}

	// Reading

	public Community community(long id) {
		return communities.findById(id).orElseThrow(() -> new NotFoundException("Community " + id));
	}

	/** Communities to browse: every signed-in person sees every charter. */
	public Page<CommunityView> browse(CommunityQuery query, Pageable pageable) {
		Specification<Community> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.text() != null && !query.text().isBlank()) {
				String like = "%" + query.text().strip().toLowerCase() + "%";
				where.add(
						cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("purpose")), like)));
			}
			if (query.issueId() != null) {
				where.add(cb.isMember(query.issueId(), root.<Collection<Long>>get("issueIds")));
			}
			if (query.stage() != null) {
				where.add(cb.equal(root.get("stage"), query.stage()));
			}
			if (query.levelId() != null) {
				var places = q.subquery(Long.class);
				var place = places.from(Place.class);
				places.select(place.get("id")).where(cb.equal(place.get("level").get("id"), query.levelId()));
				where.add(root.join("placeIds").in(places));
				q.distinct(true);
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Page<Community> page = communities.findAll(spec, pageable);
		return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
	}

	public CommunityView view(long id) {
		return views(List.of(community(id))).getFirst();
	}

	/**
	 * The cards of many communities in a fixed number of queries: their collections
	 * in batches, then names, places, conveners and counts at once.
	 */
	public List<CommunityView> views(List<Community> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(Community::getId).toList();
		PortfolioNames named = portfolio.names(collect(page, Community::getIssueIds),
				collect(page, Community::getStakeholderGroupIds), collect(page, Community::getPlaceIds));
		Map<Long, PlaceName> places = named.places();
		Map<Long, Ref> levels = named.levels().stream()
				.collect(Collectors.toMap(LevelName::id, l -> new Ref(l.id(), l.name())));
		Map<Long, Integer> ranks = named.levels().stream().collect(Collectors.toMap(LevelName::id, LevelName::rank));
		List<Membership> conveners = memberships.activeConveners(ids);
		Map<Long, String> names = people
				.displayNames(conveners.stream().map(Membership::getPractitionerId).distinct().toList());
		Map<Long, Map<Participation, Long>> counts = new HashMap<>();
		for (Object[] row : memberships.participationCounts(ids)) {
			counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(Participation.class))
					.put(Participation.valueOf((String) row[1]), ((Number) row[2]).longValue());
		}
		List<CommunityView> views = new ArrayList<>();
		for (Community c : page) {
			List<PlaceName> scope = c.getPlaceIds().stream().map(places::get).filter(p -> p != null)
					.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
			List<Ref> spanned = scope.stream().map(PlaceName::levelId).distinct()
					.sorted((a, b) -> Integer.compare(ranks.get(a), ranks.get(b))).map(levels::get).toList();
			List<ConvenerView> convenerViews = conveners.stream().filter(m -> m.getCommunityId().equals(c.getId())).map(
					m -> new ConvenerView(m.getPractitionerId(), names.get(m.getPractitionerId()), m.getLegitimacy()))
					.toList();
			boolean convenersAnswered = convenerViews.stream().anyMatch(v -> !v.legitimacy().isBlank());
			views.add(new CommunityView(c, refs(c.getIssueIds(), named.issues()),
					refs(c.getStakeholderGroupIds(), named.groups()),
					c.getNeededLevelIds().stream().map(levels::get).filter(l -> l != null).toList(),
					scope.stream().map(p -> new ScopePlace(p.id(), p.name(), levels.get(p.levelId()).name())).toList(),
					spanned, convenerViews, counts.getOrDefault(c.getId(), Map.of()), c.unanswered(convenersAnswered)));
		}
		return views;
	}

	private static Set<Long> collect(List<Community> page, java.util.function.Function<Community, Set<Long>> ids) {
		return page.stream().flatMap(c -> ids.apply(c).stream()).collect(Collectors.toSet());
	}

	private static List<Ref> refs(Set<Long> ids, Map<Long, String> names) {
		return ids.stream().filter(names::containsKey).map(id -> new Ref(id, names.get(id)))
				.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			communities.names(ids).forEach(r -> names.put(r.id(), r.name()));
		}
		return names;
	}

	public String name(long id) {
		return names(List.of(id)).get(id);
	}

	/**
	 * The issues a community's charter names, as ids: for modules that offer them
	 * first (the repertoire's form) and need nothing else of the community.
	 */
	public Set<Long> charterIssueIds(long id) {
		return community(id).getIssueIds();
	}

	/** The communities a person belongs to, most recently changed first. */
	public List<CommunityView> mine(AccountPrincipal viewer) {
		List<Long> ids = memberships.activeCommunityIds(viewer.practitionerId());
		return views(communities.findAllById(ids).stream()
				.sorted((a, b) -> b.getLastActivityAt().compareTo(a.getLastActivityAt())).toList());
	}

	public List<Long> convenerIds(long communityId) {
		return memberships.activeConveners(List.of(communityId)).stream().map(Membership::getPractitionerId).toList();
	}

	/**
	 * A community's home for the viewer: its card, their membership and their
	 * standing, which is worked out from the rows the card reads anyway.
	 */
	public Home home(AccountPrincipal viewer, long communityId) {
		CommunityView view = view(communityId);
		Membership membership = viewer.practitionerId() == null
				? null
				: memberships.findByCommunityIdAndPractitionerId(communityId, viewer.practitionerId()).orElse(null);
		return new Home(view, membership, access.standingIn(view.community(), membership));
	}

	/**
	 * @param membership
	 *            the viewer's, in any status; null if they never joined
	 */
	public record Home(CommunityView view, Membership membership, Standing standing) {
	}

	/** Names of the people who moved the stage, for the history. */
	public Map<Long, String> changedByNames(List<StageChange> history) {
		return people.displayNames(history.stream().map(StageChange::getChangedBy).distinct().toList());
	}

	/**
	 * Every move with the conveners' notes, for those who may read the community:
	 * the stage itself is on every card, the notes are the community's own.
	 */
	public List<StageChange> stageHistory(AccountPrincipal viewer, long communityId) {
		access.requireRead(viewer, communityId);
		return stageChanges.findByCommunityIdOrderByChangedAtDescIdDesc(communityId);
	}

	// Convening

	@Transactional
	public Community convene(AccountPrincipal viewer, String name, String purpose) {
		return convene(viewer, CharterDraft.named(name, purpose), null);
	}

	/**
	 * A new community with as much of its charter as is known, all or nothing; the
	 * person convening it is its first convener.
	 */
	@Transactional
	public Community convene(AccountPrincipal viewer, CharterDraft draft, String legitimacy) {
		requireMemberRole(viewer);
		if (draft.name() != null && communities.existsByNameIgnoreCase(draft.name().strip())) {
			throw new ConflictException("name",
					"A community named \u201c" + draft.name().strip() + "\u201d already exists");
		}
		Instant now = clock.instant();
		Community community = communities
				.save(new Community(draft.name(), draft.purpose(), viewer.practitionerId(), now));
		Membership founder = memberships.save(Membership.founder(community.getId(), viewer.practitionerId(), now));
		stageChanges.save(new StageChange(community.getId(), Stage.POTENTIAL, "", viewer.practitionerId(), now));
		validate(draft, community.getId());
		community.change(draft, now);
		if (legitimacy != null && !legitimacy.isBlank()) {
			founder.legitimacy(legitimacy, now);
		}
		return communities.saveAndFlush(community);
	}

	@Transactional
	public Community changeCharter(AccountPrincipal viewer, long id, CharterDraft draft) {
		access.requireConvene(viewer, id);
		Community community = community(id);
		if (draft.version() != null && draft.version() != community.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Community.class, id);
		}
		validate(draft, id);
		community.change(draft, clock.instant());
		return communities.saveAndFlush(community);
	}

	private void validate(CharterDraft draft, long id) {
		if (draft.name() != null && communities.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw new ConflictException("name",
					"A community named \u201c" + draft.name().strip() + "\u201d already exists");
		}
		if (!portfolio.allIssuesExist(draft.issueIds())) {
			throw new InvalidInputException("issueIds", "Choose issues of the portfolio");
		}
		if (!portfolio.allStakeholderGroupsExist(draft.stakeholderGroupIds())) {
			throw new InvalidInputException("stakeholderGroupIds", "Choose stakeholder groups from the list");
		}
		if (portfolio.placesById(draft.placeIds()).size() != draft.placeIds().size()) {
			throw new InvalidInputException("placeIds", "Choose places from the list");
		}
		Set<Long> levelIds = portfolio.levels().stream().map(l -> l.getId()).collect(Collectors.toSet());
		if (!levelIds.containsAll(draft.neededLevelIds())) {
			throw new InvalidInputException("neededLevelIds", "Choose levels of scale from the list");
		}
	}

	@Transactional
	public Community changeStage(AccountPrincipal viewer, long id, Stage stage, String note) {
		access.requireConvene(viewer, id);
		Community community = community(id);
		if (stage == null) {
			throw new InvalidInputException("stage", "Choose a stage");
		}
		if (community.getStage() != stage) {
			Instant now = clock.instant();
			community.moveTo(stage, now);
			stageChanges.save(new StageChange(id, stage, note, viewer.practitionerId(), now));
		}
		return community;
	}

	/** Called by the modules whose activity keeps a community alive. */
	@Transactional
	public void touch(long communityId) {
		communities.touch(communityId, clock.instant());
	}

	/**
	 * Practitioners take part; a sponsor alone does not (decided once, in People).
	 */
	private void requireMemberRole(AccountPrincipal viewer) {
		people.requirePractitioner(viewer);
	}
}
