package org.constellation.partnerships;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** A partner's answers in the opening, for their download. */
@Component
class OpeningContent implements PartnershipContent {

	record Answer(long stepId, boolean firstMove, String body, Instant writtenAt) {
	}

	private final OpeningService opening;

	OpeningContent(OpeningService opening) {
		this.opening = opening;
	}

	@Override
	public String part() {
		return "openingAnswers";
	}

	@Override
	public List<?> writtenBy(long partnershipId, long practitionerId) {
		return opening.writtenBy(partnershipId, practitionerId).stream()
				.map(a -> new Answer(a.getStepId(), a.isFirstMove(), a.getBody(), a.getCreatedAt())).toList();
	}
}
