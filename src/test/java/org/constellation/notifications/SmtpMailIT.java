package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured, the reset link reaches a real mail server, and the
 * pages take it from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmtpMailIT {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("constellation.mail.delivery", () -> "smtp");
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	private static boolean isPasswordReset(MimeMessage mail) {
		try {
			return mail.getSubject() != null && mail.getSubject().contains("new password");
		} catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@LocalServerPort
	int port;

	@Test
	void aPersonResetsTheirPasswordFromTheMailedLink() throws Exception {
		var person = new WebSession(port);
		var asked = person.submit("/password-reset", "/password-reset", Map.of("email", "member59@example.org"));
		assertThat(asked.body()).contains("a link to choose a new password is on its way");

		assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
		// other mail (the demo's notices) may have reached the server first
		MimeMessage mail = java.util.Arrays.stream(SMTP.getReceivedMessagesForDomain("example.org"))
				.filter(SmtpMailIT::isPasswordReset).findFirst().orElseThrow();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("member59@example.org");
		Matcher link = PasswordResetIT.LINK.matcher(GreenMailUtil.getBody(mail));
		assertThat(link.find()).isTrue();

		String path = "/password-reset/" + link.group(1);
		var saved = person.submit(path, path, Map.of("password", "chosen by the person"));
		assertThat(saved.location()).endsWith("/sign-in");
		var signedIn = person.submit("/sign-in", "/sign-in",
				Map.of("username", "member59@example.org", "password", "chosen by the person"));
		assertThat(signedIn.location()).doesNotContain("error");
		assertThat(person.get(path).body()).contains("This link has expired or was already used");
	}
}
