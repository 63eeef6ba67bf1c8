package org.constellation.conversations.web;

import org.constellation.conversations.ReplyDraft;
import org.constellation.conversations.ReplyKind;
import org.constellation.conversations.ReplyView;

/** The reply form as it comes from the browser; what was typed is kept. */
record ReplyForm(ReplyKind kind, String body, Long version) {

	static ReplyForm blank() {
		return new ReplyForm(ReplyKind.BUILDS_ON, "", null);
	}

	static ReplyForm of(ReplyView reply) {
		return new ReplyForm(reply.kind(), reply.body(), reply.version());
	}

	ReplyDraft toDraft() {
		return new ReplyDraft(kind, body == null ? "" : body, version);
	}

	ReplyForm withVersion(long current) {
		return new ReplyForm(kind, body, current);
	}
}
