package org.constellation.formation.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** People for solver tests, described by the few things a test cares about. */
final class SolverFixtures {

	/** Tuesday 16:00–18:00 UTC. */
	static final long[] TUESDAY_AFTERNOON = meetingStarts(1, 16, 18);
	/** Saturday 03:00–05:00 UTC. */
	static final long[] SATURDAY_NIGHT = meetingStarts(5, 3, 5);

	private SolverFixtures() {
	}

	static long[] meetingStarts(int day, int fromHour, int toHour) {
		long[] free = new long[Bits.words(WeeklySlots.SLOTS)];
		WeeklySlots.markFree(free, (day * 24 + fromHour) * 60, (day * 24 + toHour) * 60);
		return WeeklySlots.meetingStarts(free);
	}

	static long[] bits(int... members) {
		return Bits.of(64, Arrays.stream(members).boxed().toList());
	}

	/**
	 * Builds a person step by step; by default they speak language 0 and are free
	 * on Tuesday afternoon.
	 */
	static final class P {
		int index;
		long[] groups = bits();
		long[] concerns = bits();
		long[] languages = bits(0);
		long[] starts = TUESDAY_AFTERNOON;
		int level = -1;
		int place = -1;
		int capacity = 1;

		static P p(int index) {
			P p = new P();
			p.index = index;
			return p;
		}

		P groups(int... g) {
			groups = bits(g);
			return this;
		}

		P concerns(int... c) {
			concerns = bits(c);
			return this;
		}

		P languages(int... l) {
			languages = bits(l);
			return this;
		}

		P free(long[] s) {
			starts = s;
			return this;
		}

		P at(int level, int place) {
			this.level = level;
			this.place = place;
			return this;
		}

		P capacity(int c) {
			capacity = c;
			return this;
		}

		Person build() {
			return new Person(1000 + index, index, groups, concerns, languages, starts, level, place, capacity, null);
		}
	}

	static List<Person> plain(int n) {
		return IntStream.range(0, n).mapToObj(i -> P.p(i).build()).toList();
	}

	static List<Placement> placed(Group group, Person... people) {
		List<Placement> placements = new ArrayList<>();
		for (Person p : people) {
			placements.add(new Placement(p, group, false));
		}
		return placements;
	}
}
