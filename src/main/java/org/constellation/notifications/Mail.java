package org.constellation.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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

	/**
	 * A mail that the recipient can stop: the link is in the body already; by SMTP
	 * it also goes into the List-Unsubscribe header, which mail programs show as
	 * their own "unsubscribe" button.
	 */
	@Transactional
	public void send(String to, String subject, String body, String unsubscribeUrl) {
		if (!deliversBySmtp()) {
			send(to, subject, body);
			return;
		}
		JavaMailSender smtp = sender.getObject();
		MimeMessage message = smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
		} catch (MessagingException e) {
			throw new MailPreparationException(e);
		}
		smtp.send(message);
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
