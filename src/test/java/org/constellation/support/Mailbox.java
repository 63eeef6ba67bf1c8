package org.constellation.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The mail the apps of this test run wrote with the embedded default: the
 * {@code .eml} files in {@code constellation.mail.directory} (one folder per
 * test JVM, chosen by {@link TestDatabase}), read back with Jakarta Mail as any
 * mail program would. Every app of the run writes into the same folder, as the
 * nodes of one installation do.
 */
public final class Mailbox {

	/** One mail as its recipient would read it. */
	public record Message(String recipient, String from, String subject, String body, String listUnsubscribe,
			Path file) {
	}

	private static final Session SESSION = Session.getInstance(new Properties());
	private static final Map<Path, Message> READ = new ConcurrentHashMap<>();

	private Mailbox() {
	}

	public static Path folder() {
		String folder = System.getProperty("constellation.mail.directory");
		if (folder == null) {
			throw new IllegalStateException("constellation.mail.directory is not set: TestDatabase sets it");
		}
		return Path.of(folder);
	}

	/** Every mail written so far, newest first. */
	public static List<Message> all() {
		Path folder = folder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
					.sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
					.map(f -> READ.computeIfAbsent(f, Mailbox::read)).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files written so far, to tell later mail from earlier mail. */
	public static java.util.Set<Path> seen() {
		return all().stream().map(Message::file).collect(java.util.stream.Collectors.toSet());
	}

	/** The mail written since {@link #seen()} was called, newest first. */
	public static List<Message> since(java.util.Set<Path> seen) {
		return all().stream().filter(m -> !seen.contains(m.file())).toList();
	}

	/** The mail to one address, newest first. */
	public static List<Message> to(String address) {
		return all().stream().filter(m -> m.recipient().equalsIgnoreCase(address)).toList();
	}

	private static Message read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage mail = new MimeMessage(SESSION, in);
			Address[] to = mail.getRecipients(jakarta.mail.Message.RecipientType.TO);
			if (to == null || to.length != 1) {
				throw new IllegalStateException(file + " should be addressed to one person: " + Arrays.toString(to));
			}
			Object content = mail.getContent();
			if (!(content instanceof String body)) {
				throw new IllegalStateException(file + " should be plain text, is " + mail.getContentType());
			}
			Address[] from = mail.getFrom();
			return new Message(((jakarta.mail.internet.InternetAddress) to[0]).getAddress(),
					from == null ? null : from[0].toString(), mail.getSubject(), body.replace("\r\n", "\n"),
					mail.getHeader("List-Unsubscribe", null), file);
		} catch (NoSuchFileException e) {
			throw new IllegalStateException(file + " disappeared while it was read", e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (MessagingException e) {
			throw new IllegalStateException(file + " is not a mail Jakarta Mail can read", e);
		}
	}
}
