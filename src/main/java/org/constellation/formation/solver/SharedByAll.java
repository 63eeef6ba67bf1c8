package org.constellation.formation.solver;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts the members (windows, languages) that every person of a group has,
 * incrementally: for each member it keeps how many of the group lack it, so
 * adding or removing a person costs one pass over what that person lacks, never
 * a pass over the whole group.
 */
final class SharedByAll implements UniConstraintCollector<Placement, SharedByAll.Tally, Integer> {

	private final Function<Person, long[]> members;

	SharedByAll(Function<Person, long[]> members) {
		this.members = members;
	}

	static final class Tally {
		private int[] lacking;
		private int sharedByAll;

		private void change(long[] has, int delta) {
			if (lacking == null) {
				lacking = new int[has.length << 6];
				sharedByAll = lacking.length;
			}
			for (int word = 0; word < has.length; word++) {
				long lacks = ~has[word];
				while (lacks != 0) {
					int i = (word << 6) + Long.numberOfTrailingZeros(lacks);
					lacks &= lacks - 1;
					if (delta > 0 && lacking[i]++ == 0) {
						sharedByAll--;
					} else if (delta < 0 && --lacking[i] == 0) {
						sharedByAll++;
					}
				}
			}
		}
	}

	@Override
	public Supplier<Tally> supplier() {
		return Tally::new;
	}

	@Override
	public BiFunction<Tally, Placement, Runnable> accumulator() {
		return (tally, placement) -> {
			long[] has = members.apply(placement.getPerson());
			tally.change(has, 1);
			return () -> tally.change(has, -1);
		};
	}

	@Override
	public Function<Tally, Integer> finisher() {
		return tally -> tally.sharedByAll;
	}
}
