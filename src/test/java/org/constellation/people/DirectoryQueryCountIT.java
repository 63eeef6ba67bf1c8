package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.constellation.support.Api;
import org.hibernate.SessionFactory;
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
		assertThat(large).isEqualTo(small);
		assertThat(large).isLessThanOrEqualTo(16);
		assertThat(statementsFor(() -> api.get("/practitioners"))).isLessThanOrEqualTo(20);
	}

	/**
	 * The fewest statements of three calls: the count is the whole application's,
	 * and a background thread (the constellation's snapshot, a formation run left
	 * by an earlier class) can only add to one call's, never take away.
	 */
	private long statementsFor(Runnable call) {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			statistics.clear();
			call.run();
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}
}
