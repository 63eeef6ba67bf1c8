package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default keeps mail in the outbox; a steward reads the reset link
 * there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordResetIT {

	static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Test
	void aResetLinkFromTheOutboxSetsANewPasswordOnce() {
		assertThat(Api.anonymous(port).post("/api/v1/password-resets", "{\"email\":\"member20@example.org\"}").status())
				.isEqualTo(202);
		Api steward = Api.as(port, "steward@example.org");
		JsonNode mail = steward.get("/api/v1/outbox").json().get("content").valueStream()
				.filter(m -> m.get("recipient").asString().equals("member20@example.org")).findFirst().orElseThrow();
		assertThat(mail.get("subject").asString()).contains("new password");
		Matcher link = LINK.matcher(mail.get("body").asString());
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
		Api steward = Api.as(port, "steward@example.org");
		long before = steward.get("/api/v1/outbox").json().get("page").get("totalElements").asLong();
		assertThat(Api.anonymous(port).post("/api/v1/password-resets", "{\"email\":\"nobody@example.org\"}").status())
				.isEqualTo(202);
		assertThat(steward.get("/api/v1/outbox").json().get("page").get("totalElements").asLong()).isEqualTo(before);
	}
}
