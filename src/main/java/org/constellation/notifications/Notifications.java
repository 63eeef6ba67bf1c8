package org.constellation.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.constellation.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells practitioners what they should hear of. Other modules call it inside
 * their own transaction, so a notice is queued exactly when the change that
 * caused it is saved.
 */
@Service
public class Notifications {

	private final Mail mail;
	private final People people;
	private final String baseUrl;

	Notifications(Mail mail, People people, @Value("${constellation.base-url}") String baseUrl) {
		this.mail = mail;
		this.people = people;
		this.baseUrl = baseUrl;
	}

	@Transactional
	public void send(Notice notice) {
		sendAll(List.of(notice));
	}

	@Transactional
	public void sendAll(Collection<Notice> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Map<Long, String> emails = people.emails(notices.stream().map(Notice::recipientId).distinct().toList());
		for (Notice notice : notices) {
			String email = emails.get(notice.recipientId());
			if (email != null) {
				mail.send(email, notice.subject(), notice.text() + "\n\n" + absolute(notice.link()) + "\n");
			}
		}
	}

	/** For someone who has no account yet, such as a person invited by email. */
	@Transactional
	public void sendToAddress(String email, String subject, String text, String link) {
		mail.send(email, subject, text + "\n\n" + absolute(link) + "\n");
	}

	public String absolute(String link) {
		return link.startsWith("http") ? link : baseUrl + link;
	}
}
