package org.constellation.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.people.People;
import org.constellation.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and sends the mails of notices: one notice at once, or a person's
 * daily digest. Every such mail carries its own unsubscribe link.
 */
@Component
class NoticeMail {

	private final NoticeEntries notices;
	private final UnsubscribeLinks links;
	private final Mail mail;
	private final People people;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	NoticeMail(NoticeEntries notices, UnsubscribeLinks links, Mail mail, People people, MessageSource messages,
			Clock clock, @Value("${constellation.base-url}") String baseUrl) {
		this.notices = notices;
		this.links = links;
		this.mail = mail;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** A notice's mail, written and claimed, ready to send. */
	record Written(long noticeId, String to, String subject, String body, String unsubscribe) {
	}

	/**
	 * Mails one notice unless another node already did (the hourly check); a
	 * failure to send undoes the claim, so the check tries again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void mailAtOnce(long noticeId) {
		if (notices.claimForMail(noticeId, clock.instant()) == 0) {
			return;
		}
		NoticeEntry notice = notices.findById(noticeId).orElseThrow();
		write(List.of(notice)).forEach(this::send);
	}

	/**
	 * Writes the mails of notices made in the current transaction and claims them
	 * there, on its connection. They are sent once it commits, with no database
	 * work left: a change made under a lock never needs a second connection from
	 * the pool while it holds the first (a burst of such changes once waited on
	 * each other for the pool, and answered 500).
	 */
	@Transactional
	public List<Written> write(List<NoticeEntry> made) {
		Map<Long, String> emails = people.emails(made.stream().map(NoticeEntry::getRecipientId).distinct().toList());
		List<Written> written = new java.util.ArrayList<>();
		for (NoticeEntry notice : made) {
			notice.claimForMail(clock.instant());
			String email = emails.get(notice.getRecipientId());
			if (email == null) {
				continue;
			}
			String unsubscribe = newUnsubscribeLink(notice.getRecipientId(), notice.getTopic());
			written.add(new Written(notice.getId(), email, notice.getSubject(),
					text("mail.notice.body", notice.getText(), absolute(notice.getLink()),
							text("topic." + notice.getTopic() + ".about"), baseUrl + "/account/notifications",
							unsubscribe),
					unsubscribe));
		}
		return written;
	}

	void send(Written mail) {
		this.mail.send(mail.to(), mail.subject(), mail.body(), mail.unsubscribe());
	}

	/** A mail that could not be sent goes back to the hourly check. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void release(long noticeId) {
		notices.releaseMail(noticeId);
	}

	/** Mails the digest of the notices one run claimed, oldest first. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean mailDigest(long recipientId, String claim) {
		List<NoticeEntry> claimed = notices.findByDigestClaimOrderByCreatedAtAscIdAsc(claim);
		String email = people.emails(List.of(recipientId)).get(recipientId);
		if (claimed.isEmpty() || email == null) {
			return false;
		}
		StringBuilder list = new StringBuilder();
		for (NoticeEntry notice : claimed) {
			list.append("\u2022 ").append(notice.getSubject()).append("\n  ").append(absolute(notice.getLink()))
					.append("\n");
		}
		String name = people.displayNames(List.of(recipientId)).getOrDefault(recipientId, "");
		String unsubscribe = newUnsubscribeLink(recipientId, null);
		mail.send(email, text("mail.digest.subject", claimed.size()), text("mail.digest.body", name, list.toString(),
				baseUrl + "/notifications", baseUrl + "/account/notifications", unsubscribe), unsubscribe);
		return true;
	}

	private String newUnsubscribeLink(long practitionerId, Topic topic) {
		String secret = Secrets.newSecret("");
		links.save(new UnsubscribeLink(Secrets.hash(secret), practitionerId, topic, clock.instant()));
		return baseUrl + "/notifications/unsubscribe/" + secret;
	}

	String absolute(String link) {
		return link.startsWith("http") ? link : baseUrl + link;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}
}
