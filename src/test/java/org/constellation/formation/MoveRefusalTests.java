package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.constellation.formation.solver.FormationConstraints;
import org.junit.jupiter.api.Test;

/**
 * A reviewer who moves someone into a group must not be able to tell a private
 * rule (a reporting line, a "do not match me with" wish) from any other reason
 * the group refuses them.
 */
class MoveRefusalTests {

	private static GroupExplanation breaking(String... rules) {
		Map<String, Long> breakdown = new java.util.HashMap<>();
		for (String rule : rules) {
			breakdown.put(rule, -1L);
		}
		return new GroupExplanation(List.of(), List.of(), null, null, null, List.of(), List.of(), List.of(), breakdown,
				0, rules.length);
	}

	@Test
	void everyRuleAGroupWouldBreakIsRefusedInTheSameWords() {
		String privateLine = FormationService.brokenRule(breaking(FormationConstraints.REPORTING_LINE));
		String privateWish = FormationService.brokenRule(breaking(FormationConstraints.DO_NOT_MATCH));
		for (String visible : List.of(FormationConstraints.SHARED_WINDOW, FormationConstraints.COMMON_LANGUAGE,
				FormationConstraints.CAPACITY)) {
			assertThat(FormationService.brokenRule(breaking(visible))).as(visible).isEqualTo(privateLine)
					.isEqualTo(privateWish).isNotNull();
			assertThat(FormationService.brokenRule(breaking(visible, FormationConstraints.REPORTING_LINE)))
					.isEqualTo(privateLine);
		}
		assertThat(privateLine).doesNotContain("reporting").doesNotContain("wish");
		assertThat(FormationService.brokenRule(breaking())).as("a group that keeps every rule").isNull();
	}
}
