package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The embedded default writes each mail as an RFC 5322 file that any mail
 * program opens, named so that a folder lists oldest first and two nodes
 * writing in the same millisecond never overwrite each other.
 */
class MailFilesTests {

	private static final String FROM = "Constellation <no-reply@constellation.example>";

	@TempDir
	Path folder;

	private Mail mail(Clock clock) {
		// files need no mail server: nothing is ever asked of the sender
		return new Mail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), clock, "files", folder,
				FROM);
	}

	private List<Path> files() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	@Test
	void aMailIsARealMessageWithUtf8HeadersAndBody() throws Exception {
		Instant sent = Instant.parse("2030-05-04T03:02:01.567Z");
		mail(Clock.fixed(sent, ZoneOffset.UTC)).send("zoe@example.org", "Café con leche — ¿mañana?",
				"Hola Zoë,\n\nnos vemos mañana a las 9 ☕\n", "https://c.example/notifications/unsubscribe/abc");

		List<Path> files = files();
		assertThat(files).hasSize(1);
		assertThat(files.getFirst().getFileName().toString()).startsWith("20300504T030201.567Z-").endsWith(".eml");
		String raw = Files.readString(files.getFirst(), StandardCharsets.ISO_8859_1);
		// headers are 7-bit: non-ASCII words are encoded (RFC 2047), as mail programs
		// expect
		String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
		assertThat(headers.chars().allMatch(c -> c < 128)).isTrue();
		assertThat(headers).contains("Subject: =?UTF-8?", "MIME-Version: 1.0", "Message-ID: <", "Date: ",
				"List-Unsubscribe: <https://c.example/notifications/unsubscribe/abc>");

		try (InputStream in = Files.newInputStream(files.getFirst())) {
			MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(read.getSubject()).isEqualTo("Café con leche — ¿mañana?");
			assertThat(((InternetAddress) read.getFrom()[0]).getAddress()).isEqualTo("no-reply@constellation.example");
			assertThat(read.getAllRecipients()).extracting(Object::toString).containsExactly("zoe@example.org");
			assertThat(read.getSentDate().toInstant())
					.isEqualTo(sent.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			assertThat(read.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
			// lines end in CRLF on the wire and in the file, as RFC 5322 asks
			assertThat(((String) read.getContent()).replace("\r\n", "\n"))
					.isEqualTo("Hola Zoë,\n\nnos vemos mañana a las 9 ☕\n");
		}
	}

	@Test
	void namesSortByTimeAndTwoNodesInTheSameMillisecondNeverOverwriteEachOther() throws Exception {
		Clock sameMillisecond = Clock.fixed(Instant.parse("2030-01-01T00:00:00.001Z"), ZoneOffset.UTC);
		List<Mail> nodes = List.of(mail(sameMillisecond), mail(sameMillisecond));
		int each = 25;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2 * each);
		try {
			List<Future<?>> sent = new java.util.ArrayList<>();
			for (int i = 0; i < 2 * each; i++) {
				Mail node = nodes.get(i % 2);
				int n = i;
				sent.add(pool.submit(() -> {
					start.await();
					node.send("p" + n + "@example.org", "Mail " + n, "Body " + n);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : sent) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertThat(files()).hasSize(2 * each).allMatch(f -> f.getFileName().toString().endsWith(".eml"));

		mail(Clock.fixed(Instant.parse("2030-01-01T00:00:00.002Z"), ZoneOffset.UTC)).send("later@example.org", "Later",
				"Later");
		mail(Clock.fixed(Instant.parse("2029-12-31T23:59:59.999Z"), ZoneOffset.UTC)).send("earlier@example.org",
				"Earlier", "Earlier");
		List<Path> sorted = files();
		assertThat(Files.readString(sorted.getFirst())).contains("To: earlier@example.org");
		assertThat(Files.readString(sorted.getLast())).contains("To: later@example.org");
	}

	@Test
	void anUnknownDeliveryStopsTheAppAtStartWithTheChoices() {
		assertThatThrownBy(() -> new Mail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				Clock.systemUTC(), "outbox", folder, FROM)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("constellation.mail.delivery").hasMessageContaining("\"files\"")
				.hasMessageContaining("\"smtp\"");
	}
}
