package org.constellation.conversations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A reply in a thread. The asker's "this helped" mark is set with an update
 * that leaves the version alone: it is the asker's, not an edit of the reply.
 */
@Entity
@Table(name = "replies")
class Reply {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long threadId;

	private Long authorId;

	@Enumerated(EnumType.STRING)
	private ReplyKind kind;

	private String body;

	private String bodyHtml;

	private boolean helped;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Reply() {
	}

	Reply(long threadId, long authorId, ReplyKind kind, String body, String bodyHtml, Instant now) {
		this.threadId = threadId;
		this.authorId = authorId;
		this.createdAt = now;
		change(kind, body, bodyHtml, now);
	}

	void change(ReplyKind kind, String body, String bodyHtml, Instant now) {
		this.kind = kind;
		this.body = body;
		this.bodyHtml = bodyHtml;
		this.updatedAt = now;
	}

	Long getId() {
		return id;
	}

	Long getThreadId() {
		return threadId;
	}

	Long getAuthorId() {
		return authorId;
	}

	ReplyKind getKind() {
		return kind;
	}

	String getBody() {
		return body;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	boolean isHelped() {
		return helped;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}
}
