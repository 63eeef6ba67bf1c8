package org.constellation.journeys;

import org.constellation.partnerships.PartnerStanding;
import org.constellation.partnerships.PartnershipSection;
import org.constellation.people.AccountPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Journal entries partners shared into the partnership, on its overview page:
 * the newest first, at most three queries.
 */
@Component
class SharedEntriesSection implements PartnershipSection {

	static final int SHOWN = 20;

	record Model(long partnershipId, Page<SharedEntry> entries, boolean mayShare) {
	}

	private final JournalService journal;

	SharedEntriesSection(JournalService journal) {
		this.journal = journal;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String fragment() {
		return "journeys/shared :: entries";
	}

	@Override
	public Object model(long partnershipId, PartnerStanding standing, AccountPrincipal viewer) {
		return new Model(partnershipId, journal.sharedIn(viewer, partnershipId, PageRequest.of(0, SHOWN)),
				standing.canWrite());
	}
}
