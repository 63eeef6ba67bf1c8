package org.constellation.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;

/**
 * How many SQL statements the application prepares to answer a call, as the
 * statement-count tests measure it.
 */
public final class Statements {

	private Statements() {
	}

	/**
	 * The fewest statements of three runs of {@code call} (a read, safe to repeat).
	 * The count is the whole application's: a background job (the constellation's
	 * snapshot, a formation run left by an earlier class, a reminder) can only add
	 * to one run's count, never take from it.
	 */
	public static long fewest(EntityManagerFactory entityManagerFactory, Runnable call) {
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
