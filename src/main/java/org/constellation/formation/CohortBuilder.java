package org.constellation.formation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.constellation.formation.solver.Bits;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.PairKind;
import org.constellation.formation.solver.Person;
import org.constellation.formation.solver.PersonPair;
import org.constellation.formation.solver.WeeklySlots;
import org.constellation.partnerships.PartnershipService;
import org.constellation.people.AvailabilityWindow;
import org.constellation.people.DoNotMatchService;
import org.constellation.people.People;
import org.constellation.people.Practitioner;
import org.constellation.people.ReportingLineService;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.Portfolio;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the solver needs about a cohort from the other modules, in a fixed
 * number of queries whatever its size: profiles, home places and their levels,
 * confirmed reporting lines, "do not match" wishes, who partnered with whom
 * before, and how many partnerships each person already has.
 */
@Component
class CohortBuilder {

	private final People people;
	private final ReportingLineService reportingLines;
	private final DoNotMatchService doNotMatch;
	private final Portfolio portfolio;
	private final PartnershipService partnerships;
	private final Clock clock;

	CohortBuilder(People people, ReportingLineService reportingLines, DoNotMatchService doNotMatch, Portfolio portfolio,
			PartnershipService partnerships, Clock clock) {
		this.people = people;
		this.reportingLines = reportingLines;
		this.doNotMatch = doNotMatch;
		this.portfolio = portfolio;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	BuiltCohort build(Collection<Long> ids, RunParameters params, List<Set<Long>> pinnedGroups) {
		Map<Long, Practitioner> byId = people.practitionersById(ids);
		List<Long> order = ids.stream().filter(byId::containsKey).distinct().sorted().toList();
		Map<Long, Integer> indexOf = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			indexOf.put(order.get(i), i);
		}
		Indexer<Long> issues = new Indexer<>();
		Indexer<Long> groups = new Indexer<>();
		Indexer<String> languages = new Indexer<>();
		Indexer<Long> levels = new Indexer<>();
		Indexer<Long> places = new Indexer<>();
		Map<Long, Place> homePlaces = portfolio.placesById(
				byId.values().stream().map(Practitioner::getHomePlaceId).filter(Objects::nonNull).distinct().toList());
		Map<Long, Integer> load = partnerships.openPartnershipCounts(order);
		Instant weekStart = weekStart();
		List<Practitioner> cohortPeople = order.stream().map(byId::get).toList();
		cohortPeople.forEach(p -> {
			p.getConcernIds().forEach(issues::index);
			p.getStakeholderGroupIds().forEach(groups::index);
			p.getLanguages().forEach(l -> languages.index(language(l)));
		});
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < cohortPeople.size(); i++) {
			Practitioner p = cohortPeople.get(i);
			Place home = p.getHomePlaceId() == null ? null : homePlaces.get(p.getHomePlaceId());
			int capacity = p.isOpenToPartnership() ? p.getPartnershipCapacity() - load.getOrDefault(p.getId(), 0) : 0;
			persons.add(new Person(p.getId(), i,
					Bits.of(groups.size(), p.getStakeholderGroupIds().stream().map(groups::index).toList()),
					Bits.of(issues.size(), p.getConcernIds().stream().map(issues::index).toList()),
					Bits.of(languages.size(),
							p.getLanguages().stream().map(l -> languages.index(language(l))).toList()),
					WeeklySlots.meetingStarts(freeSlots(p, weekStart)),
					home == null ? -1 : levels.index(home.getLevel().getId()),
					home == null ? -1 : places.index(home.getId()), capacity, null));
		}
		List<PersonPair> pairs = new ArrayList<>();
		addPairs(pairs, persons, indexOf, reportingLines.confirmedReportingLinesAmong(order), PairKind.REPORTING_LINE);
		addPairs(pairs, persons, indexOf, doNotMatch.keptApartAmong(order), PairKind.DO_NOT_MATCH);
		addPairs(pairs, persons, indexOf, partnerships.pastPartnerPairsAmong(order), PairKind.PARTNERED_BEFORE);
		List<List<Integer>> pinned = pinnedGroups.stream()
				.map(g -> g.stream().filter(indexOf::containsKey).map(indexOf::get).toList()).filter(g -> !g.isEmpty())
				.toList();
		Cohort cohort = Cohort.of(persons, pairs, params.minSize(), params.maxSize(), params.preferredSize(), pinned);
		return new BuiltCohort(cohort, order, issues.values(), groups.values(), languages.values(), levels.values(),
				places.values(), weekStart, indexOf);
	}

	/**
	 * Why each of these people cannot be formed just now, read from their profiles
	 * and open partnerships (one query for the partnerships, whatever the number):
	 * not open, no room for another partnership, no language, no weekly hour free.
	 * Whoever is not in the answer is considered.
	 */
	@Transactional(readOnly = true)
	Map<Long, CohortPreview.Reason> screen(Collection<Practitioner> practitioners) {
		Map<Long, CohortPreview.Reason> reasons = new HashMap<>();
		List<Long> open = practitioners.stream().filter(Practitioner::isOpenToPartnership).map(Practitioner::getId)
				.toList();
		Map<Long, Integer> load = open.isEmpty() ? Map.of() : partnerships.openPartnershipCounts(open);
		Instant weekStart = weekStart();
		for (Practitioner p : practitioners) {
			CohortPreview.Reason reason = null;
			if (!p.isOpenToPartnership()) {
				reason = CohortPreview.Reason.NOT_OPEN;
			} else if (p.getPartnershipCapacity() - load.getOrDefault(p.getId(), 0) < 1) {
				reason = CohortPreview.Reason.NO_ROOM;
			} else if (p.getLanguages().stream().noneMatch(l -> !l.isBlank())) {
				reason = CohortPreview.Reason.NO_LANGUAGE;
			} else if (Bits.isEmpty(WeeklySlots.meetingStarts(freeSlots(p, weekStart)))) {
				reason = CohortPreview.Reason.NO_WINDOW;
			}
			if (reason != null) {
				reasons.put(p.getId(), reason);
			}
		}
		return reasons;
	}

	/**
	 * Languages are compared as people write them, ignoring case and spaces around.
	 */
	private static String language(String language) {
		return language.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Monday 00:00 UTC of this week: each person's windows are placed in this week,
	 * in their own zone, so summer time is that of the weeks to come.
	 */
	private Instant weekStart() {
		LocalDate monday = LocalDate.now(clock.withZone(ZoneOffset.UTC))
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	static long[] freeSlots(Practitioner p, Instant weekStart) {
		long[] free = new long[Bits.words(WeeklySlots.SLOTS)];
		ZoneId zone = zone(p.getTimeZone());
		LocalDate monday = weekStart.atZone(ZoneOffset.UTC).toLocalDate();
		for (AvailabilityWindow w : p.getAvailability()) {
			if (!w.isComplete()) {
				continue;
			}
			LocalDate day = monday.plusDays(w.day().getValue() - 1L);
			ZonedDateTime from = day.atTime(w.start()).atZone(zone);
			ZonedDateTime to = day.atTime(w.end()).atZone(zone);
			int fromMinute = (int) Duration.between(weekStart, from.toInstant()).toMinutes();
			int toMinute = (int) Duration.between(weekStart, to.toInstant()).toMinutes();
			WeeklySlots.markFree(free, fromMinute, toMinute);
		}
		return free;
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		} catch (RuntimeException unknown) {
			return ZoneOffset.UTC;
		}
	}

	private static void addPairs(List<PersonPair> pairs, List<Person> persons, Map<Long, Integer> indexOf,
			Set<List<Long>> ids, PairKind kind) {
		for (List<Long> pair : ids) {
			Integer a = indexOf.get(pair.get(0));
			Integer b = indexOf.get(pair.get(1));
			if (a != null && b != null) {
				pairs.add(new PersonPair(persons.get(a), persons.get(b), kind));
			}
		}
	}

	/** Hands out small consecutive integers to the values it sees. */
	private static final class Indexer<T> {
		private final Map<T, Integer> indices = new LinkedHashMap<>();

		int index(T value) {
			return indices.computeIfAbsent(value, v -> indices.size());
		}

		int size() {
			return indices.size();
		}

		List<T> values() {
			return List.copyOf(indices.keySet());
		}
	}

}
