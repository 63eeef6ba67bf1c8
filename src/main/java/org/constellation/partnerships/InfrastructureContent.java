package org.constellation.partnerships;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The versions of the infrastructure a partner saved, for their download. */
@Component
class InfrastructureContent implements PartnershipContent {

	record Edit(int number, String place, String link, String tools, String agreements, Instant savedAt) {
	}

	private final InfrastructureService infrastructure;

	InfrastructureContent(InfrastructureService infrastructure) {
		this.infrastructure = infrastructure;
	}

	@Override
	public String part() {
		return "infrastructureEdits";
	}

	@Override
	public List<?> writtenBy(long partnershipId, long practitionerId) {
		return infrastructure.editedBy(partnershipId, practitionerId).stream().map(v -> new Edit(v.getNumber(),
				v.getPlace(), v.getLink(), v.getTools(), v.getAgreements(), v.getCreatedAt())).toList();
	}
}
