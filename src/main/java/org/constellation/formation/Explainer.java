package org.constellation.formation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.formation.solver.Bits;
import org.constellation.formation.solver.FormationConstraints;
import org.constellation.formation.solver.FormationResult;
import org.constellation.formation.solver.FormationSolver;
import org.constellation.formation.solver.FormationWeights;
import org.constellation.formation.solver.Person;
import org.constellation.formation.solver.WeeklySlots;

/**
 * Turns the solver's groups back into what people read: practitioner ids,
 * shared concerns, the window that works for all, the diversity a group brings,
 * and the reasons someone was left out.
 */
final class Explainer {

	private Explainer() {
	}

	/** Explanations of the given groups (person indices), in order. */
	static List<GroupExplanation> explain(BuiltCohort built, List<List<Integer>> groups, FormationWeights weights) {
		return explain(built, FormationSolver.result(built.cohort(), groups, weights));
	}

	/** Explanations of a result's groups, from the breakdowns it already holds. */
	static List<GroupExplanation> explain(BuiltCohort built, FormationResult result) {
		List<GroupExplanation> explanations = new ArrayList<>();
		for (int g = 0; g < result.groups().size(); g++) {
			explanations.add(explain(built, result.groups().get(g), result.breakdowns().get(g)));
		}
		return explanations;
	}

	private static GroupExplanation explain(BuiltCohort built, List<Integer> group, Map<String, Long> breakdown) {
		List<Person> members = group.stream().map(built.cohort().people()::get).toList();
		List<Long> all = new ArrayList<>();
		List<Long> some = new ArrayList<>();
		for (int issue = 0; issue < built.issueIds().size(); issue++) {
			final int bit = issue;
			long sharing = members.stream().filter(p -> Bits.has(p.concerns(), bit)).count();
			if (sharing == members.size() && sharing > 1) {
				all.add(built.issueIds().get(issue));
			} else if (sharing > 1) {
				some.add(built.issueIds().get(issue));
			}
		}
		long[] starts = null;
		for (Person p : members) {
			starts = starts == null ? p.meetingStarts() : Bits.and(starts, p.meetingStarts());
		}
		Integer windowStart = null;
		Integer windowMinutes = null;
		int first = starts == null ? -1 : longestRun(starts);
		if (first >= 0) {
			int end = first;
			while (end + 1 < WeeklySlots.SLOTS && Bits.has(starts, end + 1)) {
				end++;
			}
			windowStart = first * WeeklySlots.SLOT_MINUTES;
			windowMinutes = (end - first + WeeklySlots.MEETING_SLOTS) * WeeklySlots.SLOT_MINUTES;
		}
		Set<Long> groups = new LinkedHashSet<>();
		Set<Long> levels = new LinkedHashSet<>();
		Set<Long> places = new LinkedHashSet<>();
		for (Person p : members) {
			for (int i = 0; i < built.stakeholderGroupIds().size(); i++) {
				if (Bits.has(p.stakeholderGroups(), i)) {
					groups.add(built.stakeholderGroupIds().get(i));
				}
			}
			if (p.level() >= 0) {
				levels.add(built.levelIds().get(p.level()));
			}
			if (p.place() >= 0) {
				places.add(built.placeIds().get(p.place()));
			}
		}
		long broken = breakdown.entrySet().stream().filter(e -> isRule(e.getKey())).mapToLong(e -> -e.getValue()).sum();
		long score = breakdown.entrySet().stream().filter(e -> !isRule(e.getKey())).mapToLong(Map.Entry::getValue)
				.sum();
		return new GroupExplanation(all, some, built.weekStart(), windowStart, windowMinutes, List.copyOf(groups),
				List.copyOf(levels), List.copyOf(places), breakdown, score, broken);
	}

	/**
	 * The start of the longest run of shared meeting starts: the most room to meet.
	 */
	private static int longestRun(long[] starts) {
		int best = -1;
		int bestLength = 0;
		int s = Bits.next(starts, 0);
		while (s >= 0) {
			int end = s;
			while (end + 1 < WeeklySlots.SLOTS && Bits.has(starts, end + 1)) {
				end++;
			}
			if (end - s + 1 > bestLength) {
				best = s;
				bestLength = end - s + 1;
			}
			s = end + 1 < WeeklySlots.SLOTS ? Bits.next(starts, end + 1) : -1;
		}
		return best;
	}

	static boolean isRule(String constraint) {
		return FormationConstraints.RULES.contains(constraint);
	}
}
