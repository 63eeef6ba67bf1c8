package org.constellation.formation.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Timefold custom phase that improves a grouping that keeps every rule with
 * {@link PairSearch} on the soft goals ({@link PairValues#weighted} per pair,
 * and the preferred size), then hands the best grouping back to Timefold, which
 * scores it with the constraints as always. It leaves a grouping that breaks a
 * rule to the local search, and never places or unplaces anyone.
 */
final class PairSearchPhase implements PhaseCommand<Formation> {

	private static final Logger log = LoggerFactory.getLogger(PairSearchPhase.class);

	/** Told of a better grouping of this part, as lists of person indices. */
	interface Listener {
		void improved(List<List<Integer>> groups, HardMediumSoftScore score);
	}

	private final FormationWeights weights;
	private final Set<Long> keptApart;
	private final Set<Long> before;
	private final long share;
	private final long unimprovedNanos;
	private final BooleanSupplier stop;
	private final Listener listener;
	private long evaluated;
	private long searchNanos;

	PairSearchPhase(Cohort cohort, FormationWeights weights, long share, long unimprovedNanos, BooleanSupplier stop,
			Listener listener) {
		this.weights = weights;
		this.keptApart = cohort.keptApart();
		this.before = cohort.pairsOf(PairKind.PARTNERED_BEFORE);
		this.share = share;
		this.unimprovedNanos = unimprovedNanos;
		this.stop = stop;
		this.listener = listener;
	}

	long evaluated() {
		return evaluated;
	}

	long searchNanos() {
		return searchNanos;
	}

	@Override
	public void changeWorkingSolution(PhaseCommandContext<Formation> context) {
		HardMediumSoftScore start = context.executeTemporarilyAndCalculateScore((Move<Formation>) view -> {
		});
		if (start.hardScore() < 0 || stop.getAsBoolean()) {
			return;
		}
		Formation formation = context.getWorkingSolution();
		List<Placement> placements = formation.getPlacements();
		List<Group> slots = formation.getGroups();
		Map<Group, Integer> slotIndex = new IdentityHashMap<>();
		for (int g = 0; g < slots.size(); g++) {
			slotIndex.put(slots.get(g), g);
		}
		int n = placements.size();
		int[] groupOf = new int[n];
		boolean[] movable = new boolean[n];
		boolean leftOut = false;
		for (int k = 0; k < n; k++) {
			Placement p = placements.get(k);
			groupOf[k] = p.isPlaced() ? slotIndex.get(p.getGroup()) : -1;
			movable[k] = p.isPlaced() && !p.isPinned();
			leftOut |= !p.isPlaced();
		}
		long[] value = new long[n * n];
		for (int k = 0; k < n; k++) {
			Person a = placements.get(k).getPerson();
			for (int l = k + 1; l < n; l++) {
				Person b = placements.get(l).getPerson();
				long v = PairValues.weighted(a, b, weights, before.contains(Cohort.key(a.index(), b.index())));
				value[k * n + l] = v;
				value[l * n + k] = v;
			}
		}
		int[] min = slots.stream().mapToInt(Group::minSize).toArray();
		int[] max = slots.stream().mapToInt(Group::maxSize).toArray();
		int[] preferred = slots.stream().mapToInt(Group::preferredSize).toArray();
		PairSearch search = new PairSearch(value, groupOf, movable, min, max, preferred,
				(long) weights.preferredSize() * PairValues.SIZE_POINTS, rules(placements), 42L);
		long begun = System.nanoTime();
		// With people still left out, half the time stays for the local search to
		// place them.
		long until = leftOut ? begun + share / 2 : Long.MAX_VALUE;
		long startValue = search.value();
		// The solver's time limit and its early end reach the search through the
		// phase's termination; the search keeps its own "unimproved" clock.
		search.run(until, unimprovedNanos, () -> stop.getAsBoolean() || context.isPhaseTerminated(), (best, v) -> {
			if (listener != null) {
				listener.improved(groups(best, slots.size()), scoreOf(start, startValue, v));
			}
		});
		evaluated = search.evaluated();
		searchNanos = System.nanoTime() - begun;
		log.info("Pair search ended: time spent ({} ms), best soft value gained ({}), moves weighed ({}/sec).",
				searchNanos / 1_000_000, search.best() - startValue,
				searchNanos == 0 ? 0 : (long) (evaluated * 1e9 / searchNanos));
		if (search.best() <= startValue) {
			return;
		}
		int[] best = search.bestGroupOf();
		PlanningVariableMetaModel<Formation, Placement, Group> variable = context.getSolutionMetaModel()
				.genuineEntity(Placement.class).basicVariable("group", Group.class);
		context.execute((Move<Formation>) view -> {
			for (int k = 0; k < n; k++) {
				if (best[k] != groupOf[k]) {
					view.changeVariable(variable, placements.get(k), slots.get(best[k]));
				}
			}
		});
	}

	private static HardMediumSoftScore scoreOf(HardMediumSoftScore start, long startValue, long value) {
		return HardMediumSoftScore.of(start.hardScore(), start.mediumScore(), start.softScore() + value - startValue);
	}

	/** Groups in the order of their slots, empty ones left out. */
	static List<List<Integer>> groups(int[] groupOf, int slots) {
		List<List<Integer>> bySlot = new ArrayList<>();
		for (int g = 0; g < slots; g++) {
			bySlot.add(new ArrayList<>());
		}
		for (int k = 0; k < groupOf.length; k++) {
			if (groupOf[k] >= 0) {
				bySlot.get(groupOf[k]).add(k);
			}
		}
		return bySlot.stream().filter(g -> !g.isEmpty()).toList();
	}

	/**
	 * The rules beyond sizes, or null when no grouping could break them (nobody
	 * kept apart, and an hour and a language everyone shares).
	 */
	private PairSearch.Rules rules(List<Placement> placements) {
		int n = placements.size();
		long[][] windows = new long[n][];
		long[][] languages = new long[n][];
		long[] allWindows = null;
		long[] allLanguages = null;
		for (int k = 0; k < n; k++) {
			Person p = placements.get(k).getPerson();
			windows[k] = p.meetingStarts();
			languages[k] = p.languages();
			allWindows = allWindows == null ? windows[k] : Bits.and(allWindows, windows[k]);
			allLanguages = allLanguages == null ? languages[k] : Bits.and(allLanguages, languages[k]);
		}
		List<List<Integer>> apart = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			apart.add(new ArrayList<>());
		}
		if (!keptApart.isEmpty()) {
			Map<Integer, Integer> byIndex = new java.util.HashMap<>();
			for (int k = 0; k < n; k++) {
				byIndex.put(placements.get(k).getPerson().index(), k);
			}
			for (long key : keptApart) {
				Integer a = byIndex.get((int) (key >>> 32));
				Integer b = byIndex.get((int) key);
				if (a != null && b != null) {
					apart.get(a).add(b);
					apart.get(b).add(a);
				}
			}
		}
		boolean anyApart = apart.stream().anyMatch(l -> !l.isEmpty());
		if (!anyApart && allWindows != null && !Bits.isEmpty(allWindows) && !Bits.isEmpty(allLanguages)) {
			return null;
		}
		int[][] keptApartOf = apart.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
				.toArray(int[][]::new);
		return new PairSearch.Rules(keptApartOf, windows, languages);
	}
}
