package org.constellation.formation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Explains a group from its members' current profiles and keeps the explanation
 * with the group as JSON, so that reading a run never recomputes anything.
 */
@Component
class GroupWriter {

	private final CohortBuilder builder;
	private final JsonMapper json;

	GroupWriter(CohortBuilder builder, JsonMapper json) {
		this.builder = builder;
		this.json = json;
	}

	GroupExplanation explain(FormationRun run, Set<Long> members) {
		BuiltCohort built = builder.build(members, run.parameters(), List.of());
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < built.practitionerIds().size(); i++) {
			all.add(i);
		}
		return Explainer.explain(built, List.of(all), run.weights()).getFirst();
	}

	String write(GroupExplanation explanation) {
		return json.writeValueAsString(explanation);
	}

	GroupExplanation read(String explanation) {
		return json.readValue(explanation, GroupExplanation.class);
	}
}
