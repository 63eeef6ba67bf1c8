package org.constellation.partnerships;

import java.util.EnumSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a partnership becomes active, what its partners agreed in the opening
 * (conversational rules, boundaries, where and how to meet) becomes the first
 * version of its infrastructure, so their agreements start from their own
 * words.
 */
@Component
class InfrastructureFromOpening {

	private final OpeningService opening;
	private final InfrastructureService infrastructure;

	InfrastructureFromOpening(OpeningService opening, InfrastructureService infrastructure) {
		this.opening = opening;
		this.infrastructure = infrastructure;
	}

	/** After the activation is committed, so a failure here never undoes it. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PartnershipActivated event) {
		String agreed = opening.answersIn(event.partnershipId(),
				EnumSet.of(StepCategory.RULES, StepCategory.BOUNDARIES, StepCategory.INFRASTRUCTURE));
		if (!agreed.isBlank()) {
			infrastructure.startFromOpening(event.partnershipId(), "## From our opening\n\n" + agreed);
		}
	}
}
