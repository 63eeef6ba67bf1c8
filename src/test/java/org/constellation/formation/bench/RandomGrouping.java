package org.constellation.formation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.Person;

/**
 * The baseline a convener without any tool would get: everyone open to a
 * partnership (capacity at least 1) in a random order, cut into groups of the
 * preferred size; a remainder too small for a group of its own joins earlier
 * groups one person each, up to the largest size, and whoever still has no room
 * is left out. Nothing else is looked at: not the rules, not the goals.
 */
public final class RandomGrouping {

	private RandomGrouping() {
	}

	public static List<List<Integer>> group(Cohort cohort, long seed) {
		List<Integer> open = new ArrayList<>();
		for (Person p : cohort.people()) {
			if (p.remainingCapacity() > 0) {
				open.add(p.index());
			}
		}
		SplittableRandom rnd = new SplittableRandom(seed);
		for (int i = open.size() - 1; i > 0; i--) {
			int j = rnd.nextInt(i + 1);
			open.set(j, open.set(i, open.get(j)));
		}
		int preferred = cohort.preferredSize();
		List<List<Integer>> groups = new ArrayList<>();
		int full = open.size() / preferred * preferred;
		for (int from = 0; from < full; from += preferred) {
			groups.add(new ArrayList<>(open.subList(from, from + preferred)));
		}
		List<Integer> rest = open.subList(full, open.size());
		if (rest.size() >= cohort.minSize()) {
			groups.add(new ArrayList<>(rest));
		} else {
			int g = 0;
			for (int person : rest) {
				while (g < groups.size() && groups.get(g).size() >= cohort.maxSize()) {
					g++;
				}
				if (g < groups.size()) {
					groups.get(g).add(person);
				}
			}
		}
		return groups;
	}
}
