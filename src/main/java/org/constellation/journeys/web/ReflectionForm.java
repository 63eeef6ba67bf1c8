package org.constellation.journeys.web;

import org.constellation.journeys.ReflectionDraft;
import org.springframework.validation.BindingResult;

/** A stage reflection as the page form sends it. */
public record ReflectionForm(String stageId, String reflectedOn, String reflection) {

	ReflectionDraft toDraft(BindingResult errors) {
		return new ReflectionDraft(Forms.id(stageId, "stageId", "Choose the stage where you see yourself", errors),
				Forms.date(reflectedOn, "reflectedOn", errors), reflection);
	}
}
