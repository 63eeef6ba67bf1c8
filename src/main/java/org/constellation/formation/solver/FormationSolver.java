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
 * The formation engine: a greedy start, then Timefold's local search (late
 * acceptance over moves of one person and swaps of two) within a time limit. A
 * large cohort is formed in parts of at most {@link #PART_SIZE} people who
 * speak the same languages and are free at similar hours, one after the other,
 * each with its share of the time: the rules rarely reach across such parts,
 * and the search stays fast.
 */
public final class FormationSolver {

	public static final int PART_SIZE = 400;

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
		List<List<Integer>> formed = new ArrayList<>(pinned);
		for (int p = 0; p < parts.size(); p++) {
			List<Integer> part = parts.get(p);
			Duration share = remaining(started).dividedBy(parts.size() - p);
			List<List<Integer>> partGroups = stopped
					? Greedy.group(subCohort(cohort, part), weights).stream().map(g -> toCohort(g, part)).toList()
					: solvePart(cohort, part, weights, share, progress, formed, started);
			formed.addAll(partGroups);
		}
		return result(cohort, formed, weights);
	}

	private List<List<Integer>> solvePart(Cohort cohort, List<Integer> part, FormationWeights weights, Duration share,
			Progress progress, List<List<Integer>> formedBefore, long started) {
		Cohort sub = subCohort(cohort, part);
		Formation problem = problem(sub, Greedy.group(sub, weights), weights);
		if (share.isZero() || share.isNegative()) {
			return groupsOf(problem).stream().map(g -> toCohort(g, part)).toList();
		}
		Solver<Formation> solver = SolverFactory.<Formation>create(config(sub, share)).buildSolver();
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

	private SolverConfig config(Cohort cohort, Duration share) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofMillis(share.toMillis()));
		if (unimprovedLimit != null) {
			termination.setUnimprovedSpentLimit(unimprovedLimit);
		}
		boolean fixedSizes = cohort.groups().stream().allMatch(g -> g.minSize() == g.maxSize());
		// With every size fixed, moving one person always breaks a size: only swaps
		// help.
		MoveSelectorConfig<?> moves = fixedSizes
				? new SwapMoveSelectorConfig()
				: new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
						new SwapMoveSelectorConfig());
		String a = System.getProperty("acc", "la:400:1");
		String[] f = a.split(":");
		LocalSearchAcceptorConfig acc = switch (f[0]) {
			case "la" -> new LocalSearchAcceptorConfig().withLateAcceptanceSize(Integer.parseInt(f[1]));
			case "tabu" -> new LocalSearchAcceptorConfig().withEntityTabuSize(Integer.parseInt(f[1]));
			case "sa" -> new LocalSearchAcceptorConfig()
					.withSimulatedAnnealingStartingTemperature("0hard/0medium/" + f[1] + "soft");
			case "dla" -> new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(
					ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
					.withLateAcceptanceSize(Integer.parseInt(f[1]));
			default -> throw new IllegalArgumentException();
		};
		LocalSearchPhaseConfig search = new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
				.withAcceptorConfig(acc)
				.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(Integer.parseInt(f[2])));
		return new SolverConfig().withSolutionClass(Formation.class).withEntityClasses(Placement.class)
				.withConstraintProviderClass(FormationConstraints.class).withPhases(search)
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
			// each part in the cohort's own order, so that a part that is the whole cohort
			// is the cohort
			parts.add(free.subList(from, to).stream().map(Person::index).sorted().toList());
		}
		return parts;
	}

	/**
	 * The part as a cohort of its own: people renumbered 0.., pairs inside it only.
	 */
	static Cohort subCohort(Cohort cohort, List<Integer> part) {
		if (part.size() == cohort.people().size() && cohort.pinnedGroups().isEmpty()) {
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
