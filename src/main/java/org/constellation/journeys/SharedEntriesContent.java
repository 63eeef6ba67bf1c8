package org.constellation.journeys;

import java.util.List;
import org.constellation.partnerships.PartnershipContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's download of what they wrote in a partnership includes the journal
 * entries they shared into it (while still shared).
 */
@Component
class SharedEntriesContent implements PartnershipContent {

	record Shared(String title, String body, java.time.Instant writtenAt, java.time.Instant sharedAt) {
	}

	private final JournalEntries entries;

	SharedEntriesContent(JournalEntries entries) {
		this.entries = entries;
	}

	@Override
	public String part() {
		return "sharedJournalEntries";
	}

	@Override
	@Transactional(readOnly = true)
	public List<?> writtenBy(long partnershipId, long practitionerId) {
		return entries.sharedBy(partnershipId, practitionerId).stream().map(r -> {
			JournalEntry e = (JournalEntry) r[0];
			return new Shared(e.getTitle(), e.getBody(), e.getWrittenAt(), (java.time.Instant) r[1]);
		}).toList();
	}
}
