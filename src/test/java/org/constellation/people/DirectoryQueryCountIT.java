package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.constellation.support.Api;
import org.constellation.support.Statements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page of the directory costs the same handful of queries whether it shows 5
 * people or 50.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryQueryCountIT {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theDirectoryHasNoQueryPerPractitioner() {
		Api api = Api.as(port, "member06@example.org");
		// the first call with a new token notes its use (a write); later calls within a
		// minute do not
		api.get("/api/v1/me");
		long small = statementsFor(() -> api.get("/api/v1/practitioners?size=5"));
		long large = statementsFor(() -> api.get("/api/v1/practitioners?size=50"));
		// the same statements for ten times the people; at most the three name
		// lookups (groups, concerns, places) that a page skips when nobody on it has
		// any, as people made by earlier classes, first by name, may not
		assertThat(large).isBetween(small, small + 3);
		assertThat(large).isLessThanOrEqualTo(16);
		assertThat(statementsFor(() -> api.get("/practitioners"))).isLessThanOrEqualTo(20);
	}

	private long statementsFor(Runnable call) {
		return Statements.fewest(entityManagerFactory, call);
	}
}
