package org.constellation.notifications;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing mail. With {@code constellation.mail.delivery=outbox} (the embedded
 * default) mail is kept for stewards to read in the app; with {@code smtp} it
 * goes to the server set by {@code spring.mail.*}.
 */
@Service
public class Mail {

	private final OutboxMessages outbox;
	private final ObjectProvider<JavaMailSender> sender;
	private final Clock clock;
	private final String delivery;
	private final String from;

	Mail(OutboxMessages outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${constellation.mail.delivery}") String delivery,
			@Value("${constellation.mail.from}") String from) {
		this.outbox = outbox;
		this.sender = sender;
		this.clock = clock;
		this.delivery = delivery;
		this.from = from;
	}

	@Transactional
	public void send(String to, String subject, String body) {
		if (deliversBySmtp()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			sender.getObject().send(message);
		} else {
			outbox.save(new OutboxMessage(to, subject, body, clock.instant()));
		}
	}

	public boolean deliversBySmtp() {
		return "smtp".equalsIgnoreCase(delivery);
	}

	@PreAuthorize("hasRole('STEWARD')")
	@Transactional(readOnly = true)
	public Page<OutboxMessage> outbox(Pageable pageable) {
		return outbox.findAllByOrderByCreatedAtDescIdDesc(pageable);
	}
}
