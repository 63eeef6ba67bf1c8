package org.constellation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.Statements;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session room costs the same number of SQL statements for two partners who
 * have said nothing yet as for seven who have all checked in, written twenty
 * notes and seven commitments, with seven earlier ones to look at again; and
 * the live update each open room asks for every second costs a handful while
 * nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionRoomQueryCountIT {

	private static final Pattern STAMP = Pattern.compile("/live\\?v=([0-9.\\-]+)");

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Person first;
	private String small;
	private String large;

	@BeforeAll
	void twoRoomsUnderWay() {
		List<Person> seven = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			seven.add(PartnershipFixtures.newPerson(port, "In the room " + i));
		}
		first = seven.getFirst();
		long two = PartnershipFixtures.active("Two in a room", first, seven.get(1));
		long many = PartnershipFixtures.active("Seven in a room", seven.toArray(Person[]::new));
		small = runningSession(two, 10);
		// the earlier session's commitments come back to be looked at again
		String earlier = runningSession(many, 5);
		for (Person p : seven) {
			p.api().post("/api/v1" + earlier + "/commitments", "{\"body\":\"Try one thing\"}");
		}
		large = runningSession(many, 10);
		for (Person p : seven) {
			p.api().put("/api/v1" + large + "/check-ins", "{\"attending\":true,\"line\":\"Here\"}");
			p.api().post("/api/v1" + large + "/commitments", "{\"body\":\"Ask a parent\"}");
		}
		for (int i = 0; i < 20; i++) {
			seven.get(i % 7).api().post("/api/v1" + large + "/notes", "{\"body\":\"A *note* " + i + "\"}");
		}
	}

	/** A session added by the first partner and started: its page's path. */
	private String runningSession(long partnership, int minutesFromNow) {
		ZonedDateTime soon = ZonedDateTime.now(ZoneId.of("UTC")).plusMinutes(minutesFromNow)
				.truncatedTo(ChronoUnit.MINUTES);
		var created = first.api().post("/api/v1/partnerships/" + partnership + "/sessions",
				Api.json(Map.of("date", soon.toLocalDate().toString(), "time", soon.toLocalTime().toString(),
						"timeZone", "UTC", "durationMinutes", 60)));
		int n = created.json().get("session").get("number").asInt();
		long routine = first.api().get("/api/v1/routines").json().get(0).get("id").asLong();
		first.api().put("/api/v1/partnerships/" + partnership + "/sessions/" + n,
				Api.json(Map.of("action", "start", "routineId", routine)));
		return "/partnerships/" + partnership + "/sessions/" + n;
	}

	@Test
	void theRoomAndItsLiveUpdatesCostTheSameForTwoAsForSevenWhoSaidMuch() {
		WebSession page = WebSession.signedIn(port, first.email());
		Map<String, String> htmx = Map.of("HX-Request", "true");
		for (String room : List.of(small, large)) {
			page.get(room);
			page.get(room + "/live", htmx);
		}
		long roomForTwo = statementsFor(() -> assertThat(page.get(small).status()).isEqualTo(200));
		long roomForSeven = statementsFor(() -> assertThat(page.get(large).status()).isEqualTo(200));

		String stampTwo = stamp(page.get(small).body());
		String stampSeven = stamp(page.get(large).body());
		long unchangedTwo = statementsFor(
				() -> assertThat(page.get(small + "/live?v=" + stampTwo, htmx).status()).isEqualTo(204));
		long unchangedSeven = statementsFor(
				() -> assertThat(page.get(large + "/live?v=" + stampSeven, htmx).status()).isEqualTo(204));
		long changedTwo = statementsFor(() -> assertThat(page.get(small + "/live", htmx).status()).isEqualTo(200));
		long changedSeven = statementsFor(() -> assertThat(page.get(large + "/live", htmx).status()).isEqualTo(200));

		System.out.printf("Session room: %d statements with 2 partners, %d with 7 who said much%n", roomForTwo,
				roomForSeven);
		System.out.printf("Live update, nothing changed: %d and %d; everything sent: %d and %d%n", unchangedTwo,
				unchangedSeven, changedTwo, changedSeven);
		assertThat(roomForSeven).isEqualTo(roomForTwo).isLessThanOrEqualTo(25);
		assertThat(unchangedSeven).isEqualTo(unchangedTwo).isLessThanOrEqualTo(5);
		assertThat(changedSeven).isEqualTo(changedTwo).isLessThanOrEqualTo(25);
	}

	private static String stamp(String html) {
		Matcher m = STAMP.matcher(html);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private long statementsFor(Runnable call) {
		return Statements.fewest(entityManagerFactory, call);
	}
}
