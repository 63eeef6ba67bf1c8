package org.constellation.journeys.web;

import org.constellation.journeys.JourneyStage;
import org.constellation.journeys.StageDraft;

/** A stage as stewards edit it. */
public record StageForm(String name, String description, boolean transition, Long version) {

	static StageForm blank() {
		return new StageForm("", "", false, null);
	}

	static StageForm of(JourneyStage s) {
		return new StageForm(s.getName(), s.getDescription(), s.isTransition(), s.getVersion());
	}

	StageDraft toDraft() {
		return new StageDraft(name, description, transition, version);
	}
}
