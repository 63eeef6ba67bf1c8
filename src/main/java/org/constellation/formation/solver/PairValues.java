package org.constellation.formation.solver;

/**
 * What two people bring each other as partners, goal by goal. The solver's soft
 * goals, the greedy baseline and the explanations all use these, so a proposal
 * is explained by the same measures it was chosen by.
 */
public final class PairValues {

	/**
	 * Beyond this many shared concerns a pair has all the common ground it needs.
	 */
	static final int CONCERNS_CAP = 3;

	/**
	 * One person away from the preferred size weighs about what the pairs they add
	 * to a group or take from it are worth; with less, the goals summed over pairs
	 * would always win and groups would drift to the largest size.
	 */
	public static final int SIZE_POINTS = 5;

	/**
	 * Points a group of this size loses for being away from its preferred size
	 * (before its weight).
	 */
	public static int offSize(Group group, int size) {
		return SIZE_POINTS * Math.abs(size - group.preferredSize());
	}

	private PairValues() {
	}

	public static int sharedConcerns(Person a, Person b) {
		return Math.min(CONCERNS_CAP, Bits.common(a.concerns(), b.concerns()));
	}

	/** 1 when both said who they are and have no stakeholder group in common. */
	public static int stakeholderDiversity(Person a, Person b) {
		if (Bits.isEmpty(a.stakeholderGroups()) || Bits.isEmpty(b.stakeholderGroups())) {
			return 0;
		}
		return Bits.intersects(a.stakeholderGroups(), b.stakeholderGroups()) ? 0 : 1;
	}

	/**
	 * 2 when they work at different levels of scale, 1 at the same level in
	 * different places.
	 */
	public static int levelDiversity(Person a, Person b) {
		if (a.level() < 0 || b.level() < 0) {
			return 0;
		}
		if (a.level() != b.level()) {
			return 2;
		}
		return a.place() >= 0 && b.place() >= 0 && a.place() != b.place() ? 1 : 0;
	}

	/**
	 * All soft goals of a pair, with the weights (the greedy baseline adds this up;
	 * the solver keeps the goals apart for its explanations).
	 */
	public static long weighted(Person a, Person b, FormationWeights w, boolean partneredBefore) {
		long value = (long) w.sharedConcerns() * sharedConcerns(a, b)
				+ (long) w.stakeholderDiversity() * stakeholderDiversity(a, b)
				+ (long) w.levelDiversity() * levelDiversity(a, b) - (partneredBefore ? w.newPairs() : 0);
		if (a.hasDistances() && w.givenDistance() > 0) {
			value += w.givenDistance() * a.distanceTo(b);
		}
		return value;
	}
}
