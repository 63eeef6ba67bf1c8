package org.constellation.people;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.Pages;
import org.constellation.shared.Ref;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of practitioners: searching them by what they bring (words,
 * stakeholder groups, concerns, places and levels), the summaries a page of
 * results shows, and who could fill the gaps at a community's table. Members
 * and stewards search it; a sponsor sees aggregate views instead.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class Directory {

	private final Practitioners practitioners;
	private final Portfolio portfolio;
	/**
	 * How many practitioners each search finds, kept for a few seconds. A page of
	 * the directory takes 2 ms at national scale; counting the 100,000 people for
	 * its "100,000 practitioners" took 200 ms, on every page, for a figure nobody
	 * needs to the second.
	 */
	private final Cache<DirectoryQuery, Long> counts;
	/**
	 * Each table's candidates, ranked, kept for a few seconds. Ranking them groups
	 * everyone who shares one of the community's concerns: tens of thousands of
	 * people at national scale, a quarter of a second, which paging in the database
	 * paid twice per page (the page and its count). The query names the members and
	 * the people already asked, so a join, a leave or an invitation asks afresh;
	 * only another person's change of profile waits for the list to expire.
	 */
	private final Cache<TableCandidateQuery, List<TableCandidate>> rankedCandidates;

	Directory(Practitioners practitioners, Portfolio portfolio,
			@Value("${constellation.directory.count-kept-for:PT10S}") Duration countKeptFor,
			@Value("${constellation.table.candidates-kept-for:PT30S}") Duration candidatesKeptFor) {
		this.practitioners = practitioners;
		this.portfolio = portfolio;
		this.counts = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(countKeptFor).build();
		// weighed by length: at most a million candidates kept across all tables, about
		// 50 MB
		this.rankedCandidates = Caffeine.newBuilder().maximumWeight(1_000_000)
				.<TableCandidateQuery, List<TableCandidate>>weigher((_, ranked) -> Math.max(1, ranked.size()))
				.expireAfterWrite(candidatesKeptFor).build();
	}

	public Page<Practitioner> directory(AccountPrincipal viewer, DirectoryQuery query, Pageable pageable) {
		if (!viewer.seesPeople()) {
			throw new ForbiddenException("Sponsors see aggregate views, not the directory");
		}
		Specification<Practitioner> matching = matching(query);
		Slice<Practitioner> found = practitioners.findBy(matching, q -> q.slice(pageable));
		return Pages.counted(found, counts.get(query, _ -> practitioners.count(matching)));
	}

	private Specification<Practitioner> matching(DirectoryQuery query) {
		return (root, cq, cb) -> {
			var where = new java.util.ArrayList<Predicate>();
			// the directory lists practitioners taking part; a sponsor-only account is not
			// one
			Subquery<Long> members = cq.subquery(Long.class);
			var account = members.from(Account.class);
			members.select(account.get("id")).where(cb.isMember(Role.MEMBER, account.get("roles")));
			where.add(root.get("accountId").in(members));
			if (query.q() != null && !query.q().isBlank()) {
				String like = "%"
						+ query.q().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
						+ "%";
				where.add(cb.or(cb.like(cb.lower(root.get("displayName")), like, '\\'),
						cb.like(cb.lower(root.get("expertise")), like, '\\'),
						cb.like(cb.lower(root.get("practiceContext")), like, '\\')));
			}
			if (query.group() != null) {
				where.add(cb.isMember(query.group(), root.get("stakeholderGroupIds")));
			}
			if (query.issue() != null) {
				where.add(cb.isMember(query.issue(), root.get("concernIds")));
			}
			if (query.open() != null) {
				where.add(cb.equal(root.get("openToPartnership"), query.open()));
			}
			if (query.level() != null) {
				Subquery<Long> atLevel = cq.subquery(Long.class);
				var place = atLevel.from(Place.class);
				atLevel.select(place.get("id")).where(cb.equal(place.get("level").get("id"), query.level()));
				where.add(root.get("homePlaceId").in(atLevel));
			}
			if (query.place() != null) {
				where.add(root.get("homePlaceId").in(portfolio.placeWithin(query.place())));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The stakeholder groups these practitioners belong to, together. */
	public Set<Long> stakeholderGroupsAmong(Collection<Long> practitionerIds) {
		return practitionerIds.isEmpty() ? Set.of() : Set.copyOf(practitioners.stakeholderGroupsAmong(practitionerIds));
	}

	/** The levels of scale of these practitioners' home places, together. */
	public Set<Long> homeLevelsAmong(Collection<Long> practitionerIds) {
		return practitionerIds.isEmpty() ? Set.of() : Set.copyOf(practitioners.homeLevelsAmong(practitionerIds));
	}

	/**
	 * Each practitioner's level of scale (their home place's), for those who gave a
	 * home place: one query per 1,000 ids.
	 */
	public Map<Long, Long> homeLevelsOf(Collection<Long> practitionerIds) {
		List<Long> all = practitionerIds.stream().distinct().toList();
		Map<Long, Long> levels = new java.util.HashMap<>();
		for (int from = 0; from < all.size(); from += 1000) {
			for (Object[] row : practitioners.homeLevelsOf(all.subList(from, Math.min(all.size(), from + 1000)))) {
				levels.put((Long) row[0], (Long) row[1]);
			}
		}
		return levels;
	}

	/**
	 * Who could fill the gaps at a table, ranked: most groups and levels brought
	 * first, then most concerns shared, then by name. The filtering and the ranking
	 * happen in the database, in one query whatever the number of practitioners;
	 * its ranked list is kept for a few seconds (see {@link #rankedCandidates}), so
	 * the next pages and the next look cost nothing.
	 */
	public Page<TableCandidate> tableCandidates(AccountPrincipal viewer, TableCandidateQuery query, Pageable pageable) {
		if (!viewer.seesPeople()) {
			throw new ForbiddenException("Sponsors see aggregate views, not individual practitioners");
		}
		if (query.asksForNobody()) {
			return Page.empty(pageable);
		}
		List<TableCandidate> ranked = rankedCandidates.get(query, q -> practitioners
				.rankedTableCandidates(q.concernIds(), q.groupIds(), q.levelIds(), q.excludedIds(), Role.MEMBER));
		return Pages.of(ranked, pageable);
	}

	/**
	 * Summaries in the given order, with names looked up in three queries whatever
	 * the page size.
	 */
	public List<PractitionerSummary> summaries(List<Practitioner> page) {
		var groupNames = portfolio.stakeholderGroupNames(
				page.stream().flatMap(p -> p.getStakeholderGroupIds().stream()).collect(Collectors.toSet()));
		var issueNames = portfolio
				.issueNames(page.stream().flatMap(p -> p.getConcernIds().stream()).collect(Collectors.toSet()));
		var places = portfolio.placesById(page.stream().map(Practitioner::getHomePlaceId)
				.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return page.stream().map(p -> {
			Place home = p.getHomePlaceId() == null ? null : places.get(p.getHomePlaceId());
			return new PractitionerSummary(p.getId(), p.getDisplayName(), refs(p.getStakeholderGroupIds(), groupNames),
					home == null ? null : new Ref(home.getId(), home.getName()),
					home == null ? null : home.getLevel().getName(), refs(p.getConcernIds(), issueNames),
					p.getAffiliations(), p.getLanguages(), p.getTimeZone(), p.getExpertise(), p.isOpenToPartnership(),
					p.getPartnershipCapacity());
		}).toList();
	}

	private static List<Ref> refs(Collection<Long> ids, Map<Long, String> names) {
		return ids.stream().filter(names::containsKey).map(id -> new Ref(id, names.get(id)))
				.sorted(java.util.Comparator.comparing(Ref::name)).toList();
	}
}
