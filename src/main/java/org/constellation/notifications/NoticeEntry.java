package org.constellation.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice as its recipient keeps it: an item of their inbox, with how and when
 * it was mailed. Reading and mailing change it only through conditional
 * updates, so it needs no version.
 */
@Entity
@Table(name = "notices")
public class NoticeEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recipientId;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	private String subject;

	private String text;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	private Instant mailedAt;

	private Instant digestedAt;

	private String digestClaim;

	/** Taken for mailing at once by the transaction that made it. */
	void claimForMail(Instant now) {
		this.mailedAt = now;
	}

	protected NoticeEntry() {
	}

	NoticeEntry(Notice notice, Delivery delivery, Instant now) {
		this.recipientId = notice.recipientId();
		this.topic = notice.topic();
		this.subject = cut(notice.subject(), 300);
		this.text = cut(notice.text() == null ? "" : notice.text(), 4000);
		this.link = cut(notice.link() == null ? "/" : notice.link(), 1000);
		this.delivery = delivery;
		this.createdAt = now;
	}

	// a notice too long for its column must not undo the change that caused it
	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

	public Long getId() {
		return id;
	}

	public long getRecipientId() {
		return recipientId;
	}

	public Topic getTopic() {
		return topic;
	}

	public String getSubject() {
		return subject;
	}

	public String getText() {
		return text;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	public Delivery getDelivery() {
		return delivery;
	}

	public Instant getMailedAt() {
		return mailedAt;
	}

	public Instant getDigestedAt() {
		return digestedAt;
	}

	/**
	 * The link as a path inside the app, or null when it points elsewhere (never
	 * followed blindly: that would make the inbox an open redirect).
	 */
	public String getLocalPath() {
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : null;
	}
}
