package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.people.AccountPrincipal;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The two forms that say when a single session meets, without JavaScript:
 * adding one outside the cadence, and moving a planned one. A time that is not
 * a time is named next to its field, what was typed stays, and nothing changes;
 * a right one is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionFormsIT {

	private static final Pattern MOVE_VERSION = Pattern
			.compile("action=\"[^\"]*/move\"[^>]*>.*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;
	@Autowired
	Sessions sessions;

	SessionFixtures fixtures;
	AccountPrincipal ana;
	long id;
	WebSession page;

	@BeforeEach
	void anActivePartnershipOfTwo() {
		fixtures = SessionFixtures.of(context);
		ana = fixtures.person("Europe/Berlin");
		id = fixtures.active(SessionFixtures.unique("Reading with families"), ana, fixtures.person("America/Chicago"));
		page = WebSession.signedIn(port, ana.email());
	}

	@Test
	void movingASessionToATimeThatIsNotOneNamesTheFieldKeepsWhatWasTypedAndMovesNothing() {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(7).withHour(16)
				.truncatedTo(ChronoUnit.HOURS);
		Session planned = fixtures.planned(id, start);
		String room = "/partnerships/" + id + "/sessions/" + planned.getNumber();
		Matcher version = MOVE_VERSION.matcher(page.get(room).body());
		assertThat(version.find()).as("the room offers to move a planned session").isTrue();
		String newDate = start.plusDays(2).toLocalDate().toString();

		var refused = page.submit(room, room + "/move", Map.of("version", version.group(1), "date", newDate, "time",
				"25:99", "timeZone", "Europe/Berlin", "durationMinutes", "45"));
		assertThat(refused.status()).isNotEqualTo(302);
		assertThat(refused.body()).contains("Choose the start time, like 16:00")
				.containsPattern("class=\"field has-error\">\\s*<label for=\"move-time\"")
				.contains("id=\"move-date\" name=\"date\" value=\"" + newDate + "\"")
				.contains("id=\"move-time\" name=\"time\" value=\"25:99\"")
				.contains("id=\"move-duration\" name=\"durationMinutes\" value=\"45\"");
		assertThat(sessions.findById(planned.getId()).orElseThrow().getStartsAt()).isEqualTo(start.toInstant());

		var moved = page.submit(room, room + "/move", Map.of("version", version.group(1), "date", newDate, "time",
				"17:30", "timeZone", "Europe/Berlin", "durationMinutes", "45"));
		assertThat(moved.status()).isEqualTo(302);
		Session now = sessions.findById(planned.getId()).orElseThrow();
		assertThat(now.getStartsAt()).isEqualTo(start.plusDays(2).withHour(17).withMinute(30).toInstant());
		assertThat(now.getDurationMinutes()).isEqualTo(45);
	}

	@Test
	void addingASessionWithADateThatIsNotOneNamesTheFieldKeepsWhatWasTypedAndAddsNothing() {
		String list = "/partnerships/" + id + "/sessions";
		int before = sessions.lastNumber(id);
		var refused = page.submit(list, list,
				Map.of("date", "someday", "time", "09:15", "timeZone", "America/Chicago", "durationMinutes", "50"));
		assertThat(refused.status()).isNotEqualTo(302);
		assertThat(refused.body()).contains("Choose the date")
				.containsPattern("class=\"field has-error\">\\s*<label for=\"oneoff-date\"")
				.contains("id=\"oneoff-date\" name=\"date\" value=\"someday\"")
				.contains("id=\"oneoff-time\" name=\"time\" value=\"09:15\"");
		assertThat(sessions.lastNumber(id)).isEqualTo(before);
	}
}
