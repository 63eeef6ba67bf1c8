package org.constellation.journeys.web;

import org.constellation.journeys.MilestoneDraft;
import org.springframework.validation.BindingResult;

/** A milestone as the page form sends it. */
public record MilestoneForm(String title, String happenedOn, String note, String partnershipId) {

	MilestoneDraft toDraft(BindingResult errors) {
		return new MilestoneDraft(title, Forms.date(happenedOn, "happenedOn", errors), note,
				Forms.id(partnershipId, "partnershipId", "Choose a partnership you are in, or none", errors));
	}
}
