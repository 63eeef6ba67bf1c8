package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default writes mail as files for whoever runs the machine; the
 * person reads the reset link in the mail addressed to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordResetIT {

	static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Test
	void aResetLinkFromTheMailSetsANewPasswordOnce() {
		String zone = Api.as(port, "member20@example.org").get("/api/v1/me/profile").json().get("timeZone").asString();
		assertThat(zone).as("a zone other than UTC, so that the check below can fail").isNotEqualTo("UTC");
		assertThat(Api.anonymous(port).post("/api/v1/password-resets", "{\"email\":\"member20@example.org\"}").status())
				.isEqualTo(202);
		Mailbox.Message mail = Mailbox.to("member20@example.org").getFirst();
		assertThat(mail.subject()).contains("new password");
		// the link's expiry in the person's own zone, named, as every page writes times
		String named = ZonedDateTime.now(ZoneId.of(zone)).format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
		assertThat(mail.body()).containsPattern("\\d\\d:\\d\\d " + Pattern.quote(named));
		Matcher link = LINK.matcher(mail.body());
		assertThat(link.find()).isTrue();

		assertThat(Api.anonymous(port).post("/api/v1/password-resets/" + link.group(1), "{\"password\":\"short\"}")
				.status()).isEqualTo(422);
		assertThat(Api.anonymous(port)
				.post("/api/v1/password-resets/" + link.group(1), "{\"password\":\"my new long password\"}").status())
				.isEqualTo(204);
		assertThat(Api.basic(port, "member20@example.org", "my new long password")
				.post("/api/v1/tokens", "{\"name\":\"n\"}").status()).isEqualTo(201);
		assertThat(Api.basic(port, "member20@example.org", "constellation").post("/api/v1/tokens", "{\"name\":\"o\"}")
				.status()).isEqualTo(401);
		var reused = Api.anonymous(port).post("/api/v1/password-resets/" + link.group(1),
				"{\"password\":\"another long one\"}");
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoMail() {
		var before = Mailbox.seen();
		assertThat(Api.anonymous(port).post("/api/v1/password-resets", "{\"email\":\"nobody@example.org\"}").status())
				.isEqualTo(202);
		assertThat(Mailbox.since(before)).isEmpty();
	}
}
