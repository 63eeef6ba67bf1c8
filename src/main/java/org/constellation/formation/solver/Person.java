package org.constellation.formation.solver;

import java.util.Arrays;

/**
 * One person of a cohort as the solver sees them: sets of small integers
 * (stakeholder groups, concerns, languages, the half hours of the week at which
 * an hour-long meeting could start for them, in UTC) rather than names, so that
 * comparing two people is a handful of word-wise operations. {@code distances},
 * when given, is this person's row of an external distance matrix (used by
 * published grouping benchmarks), scaled to whole numbers.
 */
public final class Person {

	private final long id;
	private final int index;
	private final long[] stakeholderGroups;
	private final long[] concerns;
	private final long[] languages;
	private final long[] meetingStarts;
	private final int level;
	private final int place;
	private final int remainingCapacity;
	private final long[] distances;

	public Person(long id, int index, long[] stakeholderGroups, long[] concerns, long[] languages, long[] meetingStarts,
			int level, int place, int remainingCapacity, long[] distances) {
		this.id = id;
		this.index = index;
		this.stakeholderGroups = stakeholderGroups;
		this.concerns = concerns;
		this.languages = languages;
		this.meetingStarts = meetingStarts;
		this.level = level;
		this.place = place;
		this.remainingCapacity = remainingCapacity;
		this.distances = distances;
	}

	/**
	 * A person known only by their distances to others, as in the grouping
	 * benchmarks.
	 */
	public static Person withDistances(int index, long[] distances) {
		long[] any = {1L};
		long[] always = new long[Bits.words(WeeklySlots.SLOTS)];
		Arrays.fill(always, -1L);
		return new Person(index, index, new long[1], new long[1], any, always, -1, -1, 1, distances);
	}

	public long id() {
		return id;
	}

	public int index() {
		return index;
	}

	public long[] stakeholderGroups() {
		return stakeholderGroups;
	}

	public long[] concerns() {
		return concerns;
	}

	public long[] languages() {
		return languages;
	}

	public long[] meetingStarts() {
		return meetingStarts;
	}

	/** The index of the level of their home place, or -1 when unknown. */
	public int level() {
		return level;
	}

	/** The index of their home place, or -1 when unknown. */
	public int place() {
		return place;
	}

	/** How many more partnerships they said they can take. */
	public int remainingCapacity() {
		return remainingCapacity;
	}

	public boolean hasDistances() {
		return distances != null;
	}

	public long distanceTo(Person other) {
		return distances[other.index];
	}

	@Override
	public String toString() {
		return "Person " + id;
	}
}
