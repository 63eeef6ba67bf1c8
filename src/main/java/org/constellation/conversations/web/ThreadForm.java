package org.constellation.conversations.web;

import org.constellation.conversations.ThreadDraft;
import org.constellation.conversations.ThreadKind;
import org.constellation.conversations.ThreadView;

/** The thread form as it comes from the browser; what was typed is kept. */
record ThreadForm(ThreadKind kind, String title, String body, Long version) {

	static ThreadForm blank(ThreadKind kind) {
		return new ThreadForm(kind, "", "", null);
	}

	static ThreadForm of(ThreadView thread) {
		return new ThreadForm(thread.kind(), thread.title(), thread.body(), thread.version());
	}

	ThreadDraft toDraft() {
		return new ThreadDraft(kind, title == null ? "" : title, body == null ? "" : body, version);
	}

	ThreadForm withVersion(long current) {
		return new ThreadForm(kind, title, body, current);
	}
}
