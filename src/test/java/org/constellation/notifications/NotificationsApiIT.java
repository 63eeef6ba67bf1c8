package org.constellation.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.people.People;
import org.constellation.support.Api;
import org.constellation.support.Mailbox;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A person's notices and choices over the API: their own and nobody else's;
 * with the embedded default, mail is written as files for the operator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	People people;

	@Test
	void choicesStartFromTheDefaultsAndAChangeKeepsTheOtherTopics() {
		Api member = Api.as(port, "member47@example.org");
		JsonNode defaults = member.get("/api/v1/me/notification-preferences").json();
		assertThat(mode(defaults, "NEW_THREAD")).isEqualTo("DAILY");
		for (String topic : List.of("MENTION", "REPLY", "JOIN_REQUEST", "MEMBERSHIP", "GATHERING_REMINDER")) {
			assertThat(mode(defaults, topic)).as(topic).isEqualTo("IMMEDIATELY");
		}

		var saved = member.put("/api/v1/me/notification-preferences",
				"{\"preferences\":[{\"topic\":\"REPLY\",\"mode\":\"DAILY\"},{\"topic\":\"NEW_THREAD\",\"mode\":\"OFF\"}]}");
		assertThat(saved.status()).isEqualTo(200);
		JsonNode now = member.get("/api/v1/me/notification-preferences").json();
		assertThat(mode(now, "REPLY")).isEqualTo("DAILY");
		assertThat(mode(now, "NEW_THREAD")).isEqualTo("OFF");
		assertThat(mode(now, "MENTION")).isEqualTo("IMMEDIATELY");
		assertThat(member.put("/api/v1/me/notification-preferences",
				"{\"preferences\":[{\"topic\":\"REPLY\",\"mode\":\"DAILY\"}]}").status()).as("the same again")
				.isEqualTo(200);
	}

	@Test
	void anUnknownTopicOrModeIsRefusedNamingTheFieldAndNothingChanges() {
		Api member = Api.as(port, "member47@example.org");
		var badTopic = member.put("/api/v1/me/notification-preferences",
				"{\"preferences\":[{\"topic\":\"MENTION\",\"mode\":\"OFF\"},{\"topic\":\"GOSSIP\",\"mode\":\"OFF\"}]}");
		assertThat(badTopic.status()).isEqualTo(400);
		assertThat(badTopic.contentType()).startsWith("application/problem+json");
		assertThat(badTopic.json().get("errors").get(0).get("field").asString()).isEqualTo("preferences[1].topic");

		var badMode = member.put("/api/v1/me/notification-preferences",
				"{\"preferences\":[{\"topic\":\"MENTION\",\"mode\":\"WEEKLY\"}]}");
		assertThat(badMode.status()).isEqualTo(400);
		assertThat(badMode.json().get("errors").get(0).get("field").asString()).isEqualTo("preferences[0].mode");
		assertThat(badMode.json().get("errors").get(0).get("message").asString()).contains("IMMEDIATELY", "DAILY",
				"OFF");

		assertThat(mode(member.get("/api/v1/me/notification-preferences").json(), "MENTION")).isEqualTo("IMMEDIATELY");
	}

	@Test
	void theInboxIsPagedNewestFirstAndReadMarksAreTheOwnersAlone() {
		long owner = people.practitionerIdByEmail("member48@example.org").orElseThrow();
		Api me = Api.as(port, "member48@example.org");
		long before = me.get("/api/v1/me/notifications").json().get("page").get("totalElements").asLong();
		for (int i = 1; i <= 3; i++) {
			notifications.send(new Notice(owner, Topic.REPLY, "Reply number " + i, "Text " + i, "/communities/1"));
		}

		JsonNode first = me.get("/api/v1/me/notifications?size=2").json();
		assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(before + 3);
		assertThat(subjects(first)).containsExactly("Reply number 3", "Reply number 2");
		assertThat(first.get("content").get(0).get("read").asBoolean()).isFalse();
		assertThat(subjects(me.get("/api/v1/me/notifications?size=2&page=1").json())).first()
				.isEqualTo("Reply number 1");

		long newest = first.get("content").get(0).get("id").asLong();
		long second = first.get("content").get(1).get("id").asLong();

		Api other = Api.as(port, "member49@example.org");
		assertThat(subjects(other.get("/api/v1/me/notifications?size=100").json())).doesNotContain("Reply number 3");
		var foreign = other.post("/api/v1/me/notifications/read", "{\"ids\":[" + newest + "]}");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(WebSession.signedIn(port, "member49@example.org").get("/notifications/" + newest).status())
				.isEqualTo(404);
		assertThat(me.get("/api/v1/me/notifications?size=1").json().get("content").get(0).get("read").asBoolean())
				.isFalse();

		var one = me.post("/api/v1/me/notifications/read", "{\"ids\":[" + newest + "]}").json();
		assertThat(one.get("marked").asInt()).isEqualTo(1);
		JsonNode afterOne = me.get("/api/v1/me/notifications?size=2").json();
		assertThat(afterOne.get("content").get(0).get("read").asBoolean()).isTrue();
		assertThat(afterOne.get("content").get(1).get("id").asLong()).isEqualTo(second);
		assertThat(afterOne.get("content").get(1).get("read").asBoolean()).isFalse();

		var all = me.post("/api/v1/me/notifications/read", null).json();
		assertThat(all.get("unread").asLong()).isZero();
		assertThat(me.post("/api/v1/me/notifications/read", "{}").json().get("marked").asInt()).as("again").isZero();
	}

	@Test
	void withMailFilesAnImmediateNoticeIsWrittenWithItsUnsubscribeLinkAndAnOffTopicIsNot() {
		String email = "member50@example.org";
		long member = people.practitionerIdByEmail(email).orElseThrow();
		Api me = Api.as(port, email);
		me.put("/api/v1/me/notification-preferences",
				"{\"preferences\":[{\"topic\":\"MEMBERSHIP\",\"mode\":\"OFF\"}]}");
		var before = Mailbox.seen();

		notifications.send(new Notice(member, Topic.JOIN_REQUEST, "Dana asks to join Rural Reading",
				"Why I'm here: I teach in a two-room school.", "/communities/3"));
		notifications.send(new Notice(member, Topic.MEMBERSHIP, "Welcome to Rural Reading", "", "/communities/3"));

		List<Mailbox.Message> mail = Mailbox.since(before).stream().filter(m -> m.recipient().equals(email)).toList();
		assertThat(mail).extracting(Mailbox.Message::subject).containsExactly("Dana asks to join Rural Reading");
		Matcher link = Pattern.compile("/notifications/unsubscribe/[A-Za-z0-9_-]{43}").matcher(mail.getFirst().body());
		assertThat(link.find()).isTrue();
		// the mail program's own "unsubscribe" button takes the same link
		assertThat(mail.getFirst().listUnsubscribe()).endsWith(link.group() + ">");
		assertThat(subjects(me.get("/api/v1/me/notifications").json())).contains("Welcome to Rural Reading",
				"Dana asks to join Rural Reading");
	}

	@Test
	void withoutATokenTheInboxAndChoicesAreClosed() {
		assertThat(Api.anonymous(port).get("/api/v1/me/notifications").status()).isEqualTo(401);
		assertThat(Api.anonymous(port).get("/api/v1/me/notification-preferences").status()).isEqualTo(401);
	}

	private static String mode(JsonNode preferences, String topic) {
		return preferences.get("preferences").valueStream().filter(c -> c.get("topic").asString().equals(topic))
				.map(c -> c.get("mode").asString()).findFirst().orElseThrow();
	}

	private static List<String> subjects(JsonNode page) {
		return page.get("content").valueStream().map(n -> n.get("subject").asString()).toList();
	}
}
