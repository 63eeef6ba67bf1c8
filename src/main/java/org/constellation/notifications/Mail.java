package org.constellation.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Outgoing mail. With {@code constellation.mail.delivery=files} (the embedded
 * default) each mail is written as an RFC 5322 {@code .eml} file into
 * {@code constellation.mail.directory}, which only whoever runs the machine
 * reads; with {@code smtp} it goes to the server set by {@code spring.mail.*}.
 * No page or API shows mail: it holds other people's one-time links.
 */
@Service
public class Mail {

	/** Sorts by time as text: the names of one folder list oldest first. */
	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
			.withZone(ZoneOffset.UTC);

	private final ObjectProvider<JavaMailSender> sender;
	private final Clock clock;
	private final boolean smtp;
	private final Path directory;
	private final String from;
	/** Orders the mail one node writes within one millisecond. */
	private final AtomicLong sequence = new AtomicLong();
	/**
	 * Makes the messages written to files, never connecting to anything: one mail
	 * session and one table of file types for all of them (made afresh for each
	 * mail, they took most of the time of sending one).
	 */
	private final JavaMailSenderImpl files = new JavaMailSenderImpl();
	/** Tells apart the files of two nodes writing into one folder. */
	private final String node = UUID.randomUUID().toString().substring(0, 8);

	Mail(ObjectProvider<JavaMailSender> sender, Clock clock, @Value("${constellation.mail.delivery}") String delivery,
			@Value("${constellation.mail.directory}") Path directory,
			@Value("${constellation.mail.from}") String from) {
		this.sender = sender;
		this.clock = clock;
		this.smtp = switch (delivery.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "smtp" -> true;
			case "files" -> false;
			default -> throw new IllegalStateException("constellation.mail.delivery must be \"files\" (each mail "
					+ "written as an .eml file into constellation.mail.directory) or \"smtp\" (sent with "
					+ "spring.mail.*), not \"" + delivery + "\"");
		};
		this.directory = directory;
		this.from = from;
	}

	public void send(String to, String subject, String body) {
		send(to, subject, body, null);
	}

	/**
	 * A mail that the recipient can stop: the link is in the body already; it also
	 * goes into the List-Unsubscribe header, which mail programs show as their own
	 * "unsubscribe" button.
	 */
	public void send(String to, String subject, String body, String unsubscribeUrl) {
		if (smtp) {
			JavaMailSender server = sender.getObject();
			MimeMessage message = server.createMimeMessage();
			compose(message, to, subject, body, unsubscribeUrl);
			server.send(message);
		} else {
			MimeMessage message = files.createMimeMessage();
			compose(message, to, subject, body, unsubscribeUrl);
			write(message);
		}
	}

	public boolean deliversBySmtp() {
		return smtp;
	}

	private void compose(MimeMessage message, String to, String subject, String body, String unsubscribeUrl) {
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setSentDate(Date.from(clock.instant()));
			helper.setText(body, false);
			if (unsubscribeUrl != null) {
				message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
			}
		} catch (MessagingException e) {
			throw new MailPreparationException(e);
		}
	}

	/**
	 * Written under a temporary name and then renamed, so that whoever reads the
	 * folder never opens half a mail.
	 */
	private void write(MimeMessage message) {
		Instant now = clock.instant();
		String name = FILE_TIME.format(now) + "-" + node + "-"
				+ "%06d".formatted(sequence.incrementAndGet() % 1_000_000) + ".eml";
		try {
			Files.createDirectories(directory);
			message.saveChanges();
			Path partial = Files.createTempFile(directory, ".writing-", ".tmp");
			try {
				try (OutputStream out = Files.newOutputStream(partial)) {
					message.writeTo(out);
				}
				try {
					Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(partial, directory.resolve(name));
				}
			} finally {
				Files.deleteIfExists(partial);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Mail could not be written into " + directory.toAbsolutePath(), e);
		} catch (MessagingException e) {
			throw new MailPreparationException(e);
		}
	}
}
