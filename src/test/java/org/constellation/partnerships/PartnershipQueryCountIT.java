package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A partnership's pages cost the same number of SQL statements for two partners
 * as for seven who have answered every step and planned their sessions: no
 * statement per partner, answer or session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipQueryCountIT {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Person first;
	private long small;
	private long large;

	@BeforeAll
	void twoPartnerships() {
		List<Person> seven = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			seven.add(PartnershipFixtures.newPerson(port, "Measured " + i));
		}
		first = seven.getFirst();
		small = PartnershipFixtures.active("Two of us", first, seven.get(1));
		large = PartnershipFixtures.active("Seven of us", seven.toArray(Person[]::new));
		for (long id : List.of(small, large)) {
			first.api().put("/api/v1/partnerships/" + id + "/cadence",
					Api.json(Map.of("kind", "WEEKLY", "dayOfWeek", "TUESDAY", "startDate",
							java.time.LocalDate.now().toString(), "time", "16:00", "timeZone", "America/Chicago",
							"durationMinutes", 60)));
		}
	}

	@Test
	void aPartnershipsPagesCostTheSameForTwoPartnersAsForSeven() {
		WebSession page = WebSession.signedIn(port, first.email());
		page.get("/partnerships/" + small);
		for (String part : List.of("", "/opening", "/sessions", "/sessions/1", "/presence", "/frames",
				"/infrastructure", "/closing")) {
			long forTwo = statementsFor(
					() -> assertThat(page.get("/partnerships/" + small + part).status()).isEqualTo(200));
			long forSeven = statementsFor(
					() -> assertThat(page.get("/partnerships/" + large + part).status()).isEqualTo(200));
			System.out.printf("Partnership page %s: %d statements with 2 partners, %d with 7%n",
					part.isEmpty() ? "overview" : part, forTwo, forSeven);
			assertThat(forSeven).as(part).isEqualTo(forTwo).isLessThanOrEqualTo(30);
		}
		long mine = statementsFor(() -> page.get("/partnerships"));
		assertThat(mine).as("your partnerships").isLessThanOrEqualTo(20);
	}

	@Test
	void theOpeningOverTheApiHasNoQueryPerStepOrAnswer() {
		first.api().get("/api/v1/me");
		long forTwo = statementsFor(() -> first.api().get("/api/v1/partnerships/" + small + "/opening"));
		long forSeven = statementsFor(() -> first.api().get("/api/v1/partnerships/" + large + "/opening"));
		assertThat(forSeven).isEqualTo(forTwo).isLessThanOrEqualTo(15);
	}

	private long statementsFor(Runnable call) {
		return Statements.fewest(entityManagerFactory, call);
	}
}
