package org.constellation.partnerships;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a partner wrote in the versions of the infrastructure they saved, for
 * their download: the fields they changed and the lines they added, not the
 * rest of the shared document.
 */
@Component
class InfrastructureContent implements PartnershipContent {

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
		return infrastructure.ownWordsOf(partnershipId, practitionerId);
	}
}
