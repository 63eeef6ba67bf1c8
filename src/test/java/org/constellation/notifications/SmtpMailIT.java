package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import org.constellation.support.WebSession;
import org.constellation.support.WithMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With SMTP configured, the reset link reaches a real mail server, and the
 * pages take it from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmtpMailIT extends WithMailServer {

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

		// other mail (the demo's notices, other classes' mail) reaches the same server
		MimeMessage mail = null;
		for (int i = 0; i < 100 && mail == null; i++) {
			mail = java.util.Arrays.stream(SMTP.getReceivedMessagesForDomain("example.org"))
					.filter(SmtpMailIT::isPasswordReset).findFirst().orElse(null);
			if (mail == null) {
				Thread.sleep(50);
			}
		}
		assertThat(mail).as("the reset mail").isNotNull();
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
