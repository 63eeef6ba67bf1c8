package org.constellation.formation.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The formation engine: a greedy start, then three Timefold phases within a
 * time limit: the local search (late acceptance over moves of one person and
 * swaps of two) mends a start that breaks a rule or leaves someone out, a
 * custom phase ({@link PairSearchPhase}, an iterated tabu search on the pair
 * values) improves the soft goals without breaking a rule, and the local search
 * has what time is left. A large cohort is formed in parts of at most
 * {@link #PART_SIZE} people who speak the same languages and are free at
 * similar hours, one after the other, each with its share of the time: the
 * rules rarely reach across such parts, and the search stays fast.
 */
public final class FormationSolver {

	public static final int PART_SIZE = 2000;

	/**
	 * Told of every better grouping found, with how far the solve has come (0..1).
	 */
	public interface Progress {
		void bestSoFar(List<List<Integer>> groups, HardMediumSoftScore score, double done);
	}

	private final Duration limit;
	private final Duration unimprovedLimit;
	private final AtomicReference<Solver<Formation>> current = new AtomicReference<>();
	private volatile boolean stopped;

	/**
	 * @param limit
	 *            the most time the whole solve may take
	 * @param unimprovedLimit
	 *            stop a part once this long passed without a better grouping (null:
	 *            use the whole limit, as benchmarks do)
	 */
	public FormationSolver(Duration limit, Duration unimprovedLimit) {
		this.limit = limit;
		this.unimprovedLimit = unimprovedLimit;
	}

	/**
	 * Ends the solve soon; the best grouping found so far is kept. Harmless when
	 * done.
	 */
	public void stop() {
		stopped = true;
		Solver<Formation> solver = current.get();
		if (solver != null) {
			solver.terminateEarly();
		}
	}

	public FormationResult solve(Cohort cohort, FormationWeights weights, Progress progress) {
		long started = System.nanoTime();
		List<List<Integer>> pinned = cohort.pinnedGroups();
		List<List<Integer>> parts = parts(cohort);
		// A cohort formed in parts starts from the greedy grouping of the whole cohort,
		// cut between its groups: the parts then only improve on it.
		List<List<Integer>> start = parts.size() > 1 ? Greedy.group(cohort, weights) : null;
		if (start != null) {
			parts = partsOfGroups(cohort, start.subList(pinned.size(), start.size()), parts.size());
		}
		List<List<Integer>> formed = new ArrayList<>(pinned);
		for (int p = 0; p < parts.size(); p++) {
			List<Integer> part = parts.get(p);
			Cohort sub = subCohort(cohort, part);
			List<List<Integer>> initial = start == null ? Greedy.group(sub, weights) : inPart(start, part);
			Duration share = remaining(started).dividedBy(parts.size() - p);
			List<List<Integer>> partGroups = stopped
					? initial.stream().map(g -> toCohort(g, part)).toList()
					: solvePart(sub, initial, part, weights, share, progress, formed, started);
			formed.addAll(partGroups);
		}
		return result(cohort, formed, weights);
	}

	/**
	 * Whole groups of a grouping, with the people it left out, cut into about
	 * {@code count} parts of people who speak the same languages and are free at
	 * similar hours.
	 */
	static List<List<Integer>> partsOfGroups(Cohort cohort, List<List<Integer>> groups, int count) {
		List<Person> people = cohort.people();
		List<List<Integer>> ordered = new ArrayList<>(groups);
		ordered.sort(Comparator.comparingLong((List<Integer> g) -> people.get(g.getFirst()).languages()[0])
				.thenComparingInt(g -> Bits.next(people.get(g.getFirst()).meetingStarts(), 0)));
		boolean[] placed = new boolean[people.size()];
		cohort.pinnedGroups().forEach(g -> g.forEach(i -> placed[i] = true));
		groups.forEach(g -> g.forEach(i -> placed[i] = true));
		int total = people.size() - cohort.pinnedGroups().stream().mapToInt(List::size).sum();
		int target = Math.max(1, (total + count - 1) / count);
		List<List<Integer>> parts = new ArrayList<>();
		List<Integer> part = new ArrayList<>();
		for (List<Integer> g : ordered) {
			if (part.size() + g.size() > target && !part.isEmpty()) {
				parts.add(part);
				part = new ArrayList<>();
			}
			part.addAll(g);
		}
		parts.add(part);
		int next = 0;
		for (int i = 0; i < people.size(); i++) {
			if (!placed[i]) {
				parts.get(next++ % parts.size()).add(i);
			}
		}
		parts.replaceAll(p -> p.stream().sorted().toList());
		return parts;
	}

	/** The groups that lie in a part, numbered as the part numbers its people. */
	private static List<List<Integer>> inPart(List<List<Integer>> groups, List<Integer> part) {
		Map<Integer, Integer> local = new HashMap<>();
		for (int i = 0; i < part.size(); i++) {
			local.put(part.get(i), i);
		}
		return groups.stream().filter(g -> local.containsKey(g.getFirst()))
				.map(g -> g.stream().map(local::get).toList()).toList();
	}

	private List<List<Integer>> solvePart(Cohort sub, List<List<Integer>> initial, List<Integer> part,
			FormationWeights weights, Duration share, Progress progress, List<List<Integer>> formedBefore,
			long started) {
		Formation problem = problem(sub, initial, weights);
		if (share.isZero() || share.isNegative()) {
			return groupsOf(problem).stream().map(g -> toCohort(g, part)).toList();
		}
		long unimproved = unimprovedLimit == null ? Long.MAX_VALUE : unimprovedLimit.toNanos();
		PairSearchPhase pairSearch = new PairSearchPhase(sub, weights, share.toNanos(), unimproved, () -> stopped,
				(groups, score) -> {
					if (progress != null) {
						List<List<Integer>> all = new ArrayList<>(formedBefore);
						groups.forEach(g -> all.add(toCohort(g, part)));
						progress.bestSoFar(all, score, done(started));
					}
				});
		Solver<Formation> solver = SolverFactory.<Formation>create(config(sub, share, unimprovedLimit, pairSearch))
				.buildSolver();
		solver.addEventListener(event -> {
			if (progress != null) {
				List<List<Integer>> groups = new ArrayList<>(formedBefore);
				groupsOf(event.getNewBestSolution()).forEach(g -> groups.add(toCohort(g, part)));
				progress.bestSoFar(groups, (HardMediumSoftScore) event.getNewBestScore(), done(started));
			}
		});
		current.set(solver);
		try {
			if (stopped) {
				return groupsOf(problem).stream().map(g -> toCohort(g, part)).toList();
			}
			Formation best = solver.solve(problem);
			return groupsOf(best).stream().map(g -> toCohort(g, part)).toList();
		} finally {
			current.set(null);
		}
	}

	private double done(long started) {
		return Math.min(1.0, (System.nanoTime() - started) / (double) limit.toNanos());
	}

	private Duration remaining(long started) {
		return limit.minusNanos(System.nanoTime() - started);
	}

	private static SolverConfig config(Cohort cohort, Duration share, Duration unimprovedLimit,
			PairSearchPhase pairSearch) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofMillis(share.toMillis()));
		boolean fixedSizes = cohort.groups().stream().allMatch(g -> g.minSize() == g.maxSize());
		// With every size fixed, moving one person always breaks a size: only swaps
		// help.
		MoveSelectorConfig<?> moves = fixedSizes
				? new SwapMoveSelectorConfig()
				: new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
						new SwapMoveSelectorConfig());
		// Late acceptance stays for mending and placing people; the soft goals are
		// the pair search's work, which reaches the MDGP best values within 1%.
		LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig().withLateAcceptanceSize(400);
		LocalSearchForagerConfig forager = new LocalSearchForagerConfig().withAcceptedCountLimit(1);
		// First the local search mends a start that breaks a rule or leaves someone
		// out (it stops at once when there is nothing to mend), then the pair search
		// improves the soft goals, then the local search has what time is left.
		LocalSearchPhaseConfig mend = new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
				.withAcceptorConfig(acceptor).withForagerConfig(forager)
				.withTerminationConfig(new TerminationConfig().withBestScoreLimit("0hard/0medium/*soft")
						.withSpentLimit(Duration.ofMillis(share.toMillis() / 3)));
		CustomPhaseConfig pairs = new CustomPhaseConfig().withCustomPhaseCommands(pairSearch);
		LocalSearchPhaseConfig search = new LocalSearchPhaseConfig().withMoveSelectorConfig(moves.copyConfig())
				.withAcceptorConfig(acceptor.copyConfig()).withForagerConfig(forager.copyConfig());
		if (unimprovedLimit != null) {
			// Per phase, not for the solver: the pair search keeps its own clock, and
			// Timefold sees its improvements only when it ends.
			mend.getTerminationConfig().setUnimprovedSpentLimit(unimprovedLimit);
			search.setTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(unimprovedLimit));
		}
		return new SolverConfig().withSolutionClass(Formation.class).withEntityClasses(Placement.class)
				.withConstraintProviderClass(FormationConstraints.class).withPhases(mend, pairs, search)
				.withTerminationConfig(termination).withRandomSeed(42L)
				// Checks of the solver's own bookkeeping cost most of its speed; the tests
				// check the score.
				.withEnvironmentMode(EnvironmentMode.NO_ASSERT);
	}

	/**
	 * A problem with every person placed as the given groups say (the rest
	 * unassigned).
	 */
	static Formation problem(Cohort cohort, List<List<Integer>> groups, FormationWeights weights) {
		List<Group> slots = new ArrayList<>(cohort.groups());
		while (slots.size() < groups.size()) {
			slots.add(new Group(slots.size(), cohort.minSize(), cohort.maxSize(), cohort.preferredSize()));
		}
		Group[] placedIn = new Group[cohort.people().size()];
		for (int g = 0; g < groups.size(); g++) {
			for (int i : groups.get(g)) {
				placedIn[i] = slots.get(g);
			}
		}
		List<Placement> placements = new ArrayList<>();
		for (Person person : cohort.people()) {
			placements.add(new Placement(person, placedIn[person.index()], false));
		}
		return new Formation(cohort.people(), slots, cohort.pairs(), placements, weights);
	}

	static List<List<Integer>> groupsOf(Formation formation) {
		Map<Group, List<Integer>> byGroup = new LinkedHashMap<>();
		formation.getPlacements().stream().filter(Placement::isPlaced)
				.sorted(Comparator.comparingInt((Placement p) -> p.getGroup().index()))
				.forEach(p -> byGroup.computeIfAbsent(p.getGroup(), g -> new ArrayList<>()).add(p.getPerson().index()));
		return new ArrayList<>(byGroup.values());
	}

	/**
	 * The cohort's people outside pinned groups, split into parts: sorted by their
	 * languages, then by the first half hour they could meet, and cut into slices
	 * of at most {@link #PART_SIZE}.
	 */
	static List<List<Integer>> parts(Cohort cohort) {
		boolean[] pinned = new boolean[cohort.people().size()];
		cohort.pinnedGroups().forEach(g -> g.forEach(i -> pinned[i] = true));
		List<Person> free = cohort.people().stream().filter(p -> !pinned[p.index()]).sorted(Comparator
				.comparingLong((Person p) -> p.languages()[0]).thenComparingInt(p -> Bits.next(p.meetingStarts(), 0)))
				.toList();
		// Given distances reach across any parts: such a cohort is formed whole.
		int count = !free.isEmpty() && free.getFirst().hasDistances()
				? 1
				: Math.max(1, (free.size() + PART_SIZE - 1) / PART_SIZE);
		List<List<Integer>> parts = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			int from = free.size() * k / count;
			int to = free.size() * (k + 1) / count;
			List<Integer> indices = free.subList(from, to).stream().map(Person::index).toList();
			// A single part in the cohort's own order is the cohort itself.
			parts.add(count == 1 ? indices.stream().sorted().toList() : indices);
		}
		return parts;
	}

	/**
	 * The part as a cohort of its own: people renumbered 0.., pairs inside it only.
	 */
	static Cohort subCohort(Cohort cohort, List<Integer> part) {
		// The cohort itself only when the part lists everyone in order: the groups of
		// the part are read back through it.
		boolean inOrder = part.size() == cohort.people().size();
		for (int i = 0; inOrder && i < part.size(); i++) {
			inOrder = part.get(i) == i;
		}
		if (inOrder) {
			return cohort;
		}
		Map<Integer, Person> renumbered = new HashMap<>();
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < part.size(); i++) {
			Person p = cohort.people().get(part.get(i));
			Person copy = new Person(p.id(), i, p.stakeholderGroups(), p.concerns(), p.languages(), p.meetingStarts(),
					p.level(), p.place(), p.remainingCapacity(), null);
			renumbered.put(p.index(), copy);
			people.add(copy);
		}
		List<PersonPair> pairs = cohort.pairs().stream().filter(
				pair -> renumbered.containsKey(pair.first().index()) && renumbered.containsKey(pair.second().index()))
				.map(pair -> new PersonPair(renumbered.get(pair.first().index()), renumbered.get(pair.second().index()),
						pair.kind()))
				.toList();
		return Cohort.of(people, pairs, cohort.minSize(), cohort.maxSize(), cohort.preferredSize(), List.of());
	}

	private static List<Integer> toCohort(List<Integer> group, List<Integer> part) {
		return group.stream().map(part::get).toList();
	}

	/**
	 * Scores a grouping of the whole cohort, with each group's breakdown by
	 * constraint.
	 */
	public static FormationResult result(Cohort cohort, List<List<Integer>> groups, FormationWeights weights) {
		Set<Long> lines = cohort.pairsOf(PairKind.REPORTING_LINE);
		Set<Long> wishes = cohort.pairsOf(PairKind.DO_NOT_MATCH);
		Set<Long> before = cohort.pairsOf(PairKind.PARTNERED_BEFORE);
		List<Map<String, Long>> breakdowns = new ArrayList<>();
		boolean[] placed = new boolean[cohort.people().size()];
		for (int g = 0; g < groups.size(); g++) {
			Group slot = g < cohort.groups().size() ? cohort.groups().get(g) : cohort.groups().getLast();
			breakdowns.add(GroupScores.of(cohort, slot, groups.get(g), weights, lines, wishes, before));
			groups.get(g).forEach(i -> placed[i] = true);
		}
		List<Integer> unassigned = new ArrayList<>();
		for (int i = 0; i < placed.length; i++) {
			if (!placed[i]) {
				unassigned.add(i);
			}
		}
		Map<String, Long> totals = new LinkedHashMap<>();
		breakdowns.forEach(b -> b.forEach((k, v) -> totals.merge(k, v, Long::sum)));
		if (!unassigned.isEmpty()) {
			totals.put(FormationConstraints.EVERYONE_PLACED, -(long) unassigned.size());
		}
		return new FormationResult(groups, unassigned, GroupScores.total(breakdowns, unassigned.size()), breakdowns,
				totals);
	}
}
