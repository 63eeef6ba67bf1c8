package org.constellation.partnerships;

import java.util.List;
import org.constellation.people.SharedPartnerships;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people where two practitioners are partners now, so that a reporting
 * line between them is not confirmed inside a live partnership.
 */
@Component
@Transactional(readOnly = true)
class PartnersTogether implements SharedPartnerships {

	private final Partnerships partnerships;

	PartnersTogether(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@Override
	public List<String> sharedBy(long practitionerId, long otherPractitionerId) {
		return partnerships.notClosedSharedBy(practitionerId, otherPractitionerId);
	}
}
