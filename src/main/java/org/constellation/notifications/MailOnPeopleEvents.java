package org.constellation.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.constellation.people.PasswordResetRequested;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the people module asks for, once the change that asked for it is
 * committed.
 */
@Component
class MailOnPeopleEvents {

	private static final DateTimeFormatter TIME = DateTimeFormatter
			.ofPattern("EEEE d MMMM, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

	private final Mail mail;
	private final MessageSource messages;

	MailOnPeopleEvents(Mail mail, MessageSource messages) {
		this.mail = mail;
		this.messages = messages;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PasswordResetRequested event) {
		mail.send(event.email(), messages.getMessage("mail.reset.subject", null, Locale.ENGLISH),
				messages.getMessage("mail.reset.body",
						new Object[]{event.displayName(), event.resetLink(), TIME.format(event.expiresAt())},
						Locale.ENGLISH));
	}
}
