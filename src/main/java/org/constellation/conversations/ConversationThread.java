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
 * A conversation in a community. Replies move its activity and count with an
 * update that leaves the version alone, so an author editing the thread is
 * never refused because someone replied.
 */
@Entity
@Table(name = "threads")
class ConversationThread {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private Long authorId;

	@Enumerated(EnumType.STRING)
	private ThreadKind kind;

	private String title;

	private String body;

	private String bodyHtml;

	private int replyCount;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastActivityAt;

	@Version
	private long version;

	protected ConversationThread() {
	}

	ConversationThread(long communityId, long authorId, ThreadKind kind, String title, String body, String bodyHtml,
			Instant now) {
		this.communityId = communityId;
		this.authorId = authorId;
		this.createdAt = now;
		this.lastActivityAt = now;
		change(kind, title, body, bodyHtml, now);
	}

	void change(ThreadKind kind, String title, String body, String bodyHtml, Instant now) {
		this.kind = kind;
		this.title = title;
		this.body = body;
		this.bodyHtml = bodyHtml;
		this.updatedAt = now;
	}

	Long getId() {
		return id;
	}

	Long getCommunityId() {
		return communityId;
	}

	Long getAuthorId() {
		return authorId;
	}

	ThreadKind getKind() {
		return kind;
	}

	String getTitle() {
		return title;
	}

	String getBody() {
		return body;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	int getReplyCount() {
		return replyCount;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getLastActivityAt() {
		return lastActivityAt;
	}

	long getVersion() {
		return version;
	}
}
