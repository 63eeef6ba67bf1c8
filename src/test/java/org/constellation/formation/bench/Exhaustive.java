package org.constellation.formation.bench;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constellation.formation.solver.Bits;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.FormationResult;
import org.constellation.formation.solver.FormationSolver;
import org.constellation.formation.solver.FormationWeights;
import org.constellation.formation.solver.PairKind;
import org.constellation.formation.solver.PersonPair;

/**
 * The proven best grouping of a small cohort, by enumerating every grouping.
 *
 * <p>
 * What is enumerated: every way to split the cohort into groups with sizes
 * within the cohort's bounds plus people left unassigned. Each group is built
 * from the lowest-numbered person nobody has a place for yet, who either starts
 * a group with people numbered higher (every combination, for every allowed
 * size) or is left unassigned; so each grouping is met exactly once.
 *
 * <p>
 * What is pruned, and why it loses nothing: scores compare lexicographically
 * (rules broken, then people unassigned, then soft goals), and leaving everyone
 * unassigned breaks no rule, so an optimum never breaks a rule: a group that
 * would break one (reporting line, do-not-match wish, no shared meeting start,
 * no common language, someone without capacity) is never formed. A branch that
 * has already left more people unassigned than the best grouping found so far
 * cannot win either (groupings that place people are tried first, so that bound
 * is tight early). Everyone placed is thus the answer whenever some grouping
 * places everyone without breaking a rule, and people are left out only when
 * that is impossible.
 *
 * <p>
 * Every complete grouping is scored by {@link FormationSolver#result}, the
 * engine's own scoring, so the optimum is the one the solver aims for.
 */
public final class Exhaustive {

	/**
	 * The best grouping, how many complete groupings were scored, how long it took.
	 */
	public record Optimum(FormationResult best, long scored, double seconds) {
	}

	private final Cohort cohort;
	private final FormationWeights weights;
	private final int n;
	private final Set<Long> apart = new HashSet<>();
	private final int min;
	private final int max;
	private FormationResult best;
	private long scored;

	private Exhaustive(Cohort cohort, FormationWeights weights) {
		this.cohort = cohort;
		this.weights = weights;
		this.n = cohort.people().size();
		this.min = cohort.minSize();
		this.max = cohort.maxSize();
		for (PersonPair pair : cohort.pairs()) {
			if (pair.kind() != PairKind.PARTNERED_BEFORE) {
				apart.add(key(pair.first().index(), pair.second().index()));
			}
		}
	}

	public static Optimum of(Cohort cohort, FormationWeights weights) {
		if (cohort.people().size() > 16) {
			throw new IllegalArgumentException("Exhaustive search is for small cohorts");
		}
		long started = System.nanoTime();
		Exhaustive search = new Exhaustive(cohort, weights);
		search.extend(new boolean[search.n], new ArrayList<>(), 0);
		return new Optimum(search.best, search.scored, (System.nanoTime() - started) / 1e9);
	}

	private void extend(boolean[] done, List<List<Integer>> groups, int unassigned) {
		if (best != null && unassigned > best.unassigned().size()) {
			return;
		}
		int first = 0;
		while (first < n && done[first]) {
			first++;
		}
		if (first == n) {
			score(groups);
			return;
		}
		done[first] = true;
		List<Integer> group = new ArrayList<>(List.of(first));
		grow(done, groups, unassigned, group, first + 1, cohort.people().get(first).meetingStarts(),
				cohort.people().get(first).languages());
		extend(done, groups, unassigned + 1);
		done[first] = false;
	}

	/**
	 * Adds people numbered from {@code from} on to the group, in every combination.
	 */
	private void grow(boolean[] done, List<List<Integer>> groups, int unassigned, List<Integer> group, int from,
			long[] windows, long[] languages) {
		if (!usable(group.getLast())) {
			return;
		}
		if (group.size() >= min) {
			groups.add(List.copyOf(group));
			extend(done, groups, unassigned);
			groups.removeLast();
		}
		if (group.size() == max) {
			return;
		}
		for (int next = from; next < n; next++) {
			if (done[next] || !fits(next, group, windows, languages)) {
				continue;
			}
			done[next] = true;
			group.add(next);
			grow(done, groups, unassigned, group, next + 1,
					Bits.and(windows, cohort.people().get(next).meetingStarts()),
					Bits.and(languages, cohort.people().get(next).languages()));
			group.removeLast();
			done[next] = false;
		}
	}

	private boolean usable(int person) {
		return cohort.people().get(person).remainingCapacity() > 0;
	}

	private boolean fits(int candidate, List<Integer> group, long[] windows, long[] languages) {
		if (!Bits.intersects(windows, cohort.people().get(candidate).meetingStarts())
				|| !Bits.intersects(languages, cohort.people().get(candidate).languages())) {
			return false;
		}
		for (int m : group) {
			if (apart.contains(key(m, candidate))) {
				return false;
			}
		}
		return true;
	}

	private void score(List<List<Integer>> groups) {
		scored++;
		FormationResult result = FormationSolver.result(cohort, List.copyOf(groups), weights);
		if (result.rulesBroken() != 0) {
			throw new IllegalStateException("A grouping kept as rule-abiding breaks a rule: " + result.totals());
		}
		HardMediumSoftScore score = result.score();
		if (best == null || score.compareTo(best.score()) > 0) {
			best = result;
		}
	}

	private static long key(int a, int b) {
		return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
	}
}
