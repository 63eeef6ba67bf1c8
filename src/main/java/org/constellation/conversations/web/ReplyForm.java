package org.constellation.conversations.web;

import org.constellation.conversations.ReplyDraft;
import org.constellation.conversations.ReplyKind;
import org.constellation.conversations.ReplyView;
import org.constellation.conversations.Suggestions;

/**
 * The reply form as it comes from the browser; what was typed is kept. No kind
 * is chosen for the writer: they say what their reply is. {@code asItIs} is the
 * writer's answer to the "but…" suggestion: post it without rephrasing.
 */
record ReplyForm(ReplyKind kind, String body, Long version, Boolean asItIs) {

	static ReplyForm blank() {
		return new ReplyForm(null, "", null, null);
	}

	static ReplyForm of(ReplyView reply) {
		return new ReplyForm(reply.kind(), reply.body(), reply.version(), null);
	}

	/**
	 * A new reply that opens with "but", not yet confirmed as it is: the writer is
	 * offered to rephrase it before it is posted.
	 */
	boolean asksToRephrase() {
		return !Boolean.TRUE.equals(asItIs) && Suggestions.opensWithBut(body);
	}

	ReplyDraft toDraft() {
		return new ReplyDraft(kind, body == null ? "" : body, version);
	}

	ReplyForm withVersion(long current) {
		return new ReplyForm(kind, body, current, asItIs);
	}
}
