package org.constellation.formation.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group's score broken down by constraint, computed from the same measures
 * the constraints use ({@link PairValues}, {@link Group}), so that a proposal
 * can be explained goal by goal. {@code FormationScoresTests} holds it to the
 * solver's own score on random groupings.
 */
final class GroupScores {

	private GroupScores() {
	}

	static Map<String, Long> of(Cohort cohort, Group slot, List<Integer> members, FormationWeights w,
			Set<Long> reportingLines, Set<Long> wishes, Set<Long> before) {
		Map<String, Long> score = new LinkedHashMap<>();
		List<Person> people = members.stream().map(cohort.people()::get).toList();
		int size = people.size();
		put(score, FormationConstraints.SIZE, -slot.sizeBreach(size));
		long lines = 0, avoided = 0, again = 0, concerns = 0, stakeholders = 0, levels = 0, distance = 0;
		for (int i = 0; i < size; i++) {
			for (int j = i + 1; j < size; j++) {
				Person a = people.get(i);
				Person b = people.get(j);
				long key = Cohort.key(a.index(), b.index());
				lines += reportingLines.contains(key) ? 1 : 0;
				avoided += wishes.contains(key) ? 1 : 0;
				again += before.contains(key) ? 1 : 0;
				concerns += PairValues.sharedConcerns(a, b);
				stakeholders += PairValues.stakeholderDiversity(a, b);
				levels += PairValues.levelDiversity(a, b);
				distance += a.hasDistances() ? a.distanceTo(b) : 0;
			}
		}
		put(score, FormationConstraints.REPORTING_LINE, -lines);
		put(score, FormationConstraints.SHARED_WINDOW, sharedByAll(people, true) ? 0 : -1);
		put(score, FormationConstraints.COMMON_LANGUAGE, sharedByAll(people, false) ? 0 : -1);
		put(score, FormationConstraints.DO_NOT_MATCH, -avoided);
		put(score, FormationConstraints.CAPACITY, -people.stream().filter(p -> p.remainingCapacity() < 1).count());
		put(score, FormationConstraints.SHARED_CONCERNS, w.sharedConcerns() * concerns);
		put(score, FormationConstraints.STAKEHOLDER_DIVERSITY, w.stakeholderDiversity() * stakeholders);
		put(score, FormationConstraints.LEVEL_DIVERSITY, w.levelDiversity() * levels);
		put(score, FormationConstraints.NEW_PAIRS, -w.newPairs() * again);
		put(score, FormationConstraints.PREFERRED_SIZE, -(long) w.preferredSize() * PairValues.offSize(slot, size));
		put(score, FormationConstraints.GIVEN_DISTANCE, w.givenDistance() * distance);
		return score;
	}

	static HardMediumSoftScore total(List<Map<String, Long>> groups, int unassigned) {
		long hard = 0, soft = 0;
		for (Map<String, Long> group : groups) {
			for (Map.Entry<String, Long> e : group.entrySet()) {
				if (FormationConstraints.RULES.contains(e.getKey())) {
					hard += e.getValue();
				} else {
					soft += e.getValue();
				}
			}
		}
		return HardMediumSoftScore.of(hard, -unassigned, soft);
	}

	private static boolean sharedByAll(List<Person> people, boolean windows) {
		long[] shared = null;
		for (Person p : people) {
			long[] bits = windows ? p.meetingStarts() : p.languages();
			shared = shared == null ? bits : Bits.and(shared, bits);
		}
		return shared != null && !Bits.isEmpty(shared);
	}

	private static void put(Map<String, Long> score, String constraint, long value) {
		if (value != 0) {
			score.put(constraint, value);
		}
	}
}
