package org.constellation.sessions;

import java.util.List;

/** A routine as partners write it; steps with a blank title are left out. */
public record RoutineDraft(String name, String summary, List<Step> steps, Long version) {

	public record Step(String title, String guidance, Integer minutes) {

		boolean isBlank() {
			return (title == null || title.isBlank()) && (guidance == null || guidance.isBlank());
		}
	}
}
