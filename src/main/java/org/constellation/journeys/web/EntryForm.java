package org.constellation.journeys.web;

import org.constellation.journeys.EntryDraft;
import org.constellation.journeys.JournalEntry;

/** A journal entry as the page form sends it. */
public record EntryForm(String title, String body, Long version) {

	static EntryForm blank() {
		return new EntryForm("", "", null);
	}

	static EntryForm of(JournalEntry e) {
		return new EntryForm(e.getTitle(), e.getBody(), e.getVersion());
	}

	EntryDraft toDraft() {
		return new EntryDraft(title, body, version);
	}
}
