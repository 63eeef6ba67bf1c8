package org.constellation.notifications;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.constellation.people.PasswordChanged;
import org.constellation.people.PasswordResetRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the people module asks for, once the change that asked for it is
 * committed.
 */
@Component
class MailOnPeopleEvents {

	/** In the person's own zone, named ("Tuesday 3 March, 16:05 CET"). */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm zzz", Locale.ENGLISH);

	private final Mail mail;
	private final MessageSource messages;
	private final String baseUrl;

	MailOnPeopleEvents(Mail mail, MessageSource messages, @Value("${constellation.base-url}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PasswordResetRequested event) {
		mail.send(event.email(), messages.getMessage("mail.reset.subject", null, Locale.ENGLISH),
				messages.getMessage("mail.reset.body", new Object[]{event.displayName(), event.resetLink(),
						TIME.format(event.expiresAt().atZone(event.zone()))}, Locale.ENGLISH));
	}

	/**
	 * The owner hears of every new password, so that one they did not choose does
	 * not go unnoticed; the mail carries no secret, only where to ask for a new
	 * link.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PasswordChanged event) {
		String kind = event.reset() ? "reset" : "changed";
		mail.send(event.email(), messages.getMessage("mail.password." + kind + ".subject", null, Locale.ENGLISH),
				messages.getMessage(
						"mail.password." + kind + ".body", new Object[]{event.displayName(),
								TIME.format(event.at().atZone(event.zone())), baseUrl + "/password-reset"},
						Locale.ENGLISH));
	}
}
