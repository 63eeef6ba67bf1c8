package org.constellation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spreads the demo conversations over the last half year, as a constellation
 * that has lived for a while would have them, so that activity over time and
 * the communities that need attention show something real. The conversations
 * are written through their module first (with today's date); only their dates
 * are moved here, a seed's privilege: replies stay after their thread, the
 * newest thread of most communities stays within the last weeks, and one
 * community in four has gone quiet for two months.
 */
@Component
class DemoConversationHistory implements DemoSeed {

	private static final Duration HALF_YEAR = Duration.ofDays(175);

	private final JdbcClient jdbc;
	private final Clock clock;

	DemoConversationHistory(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public int order() {
		// right after the conversations are written
		return 21;
	}

	@Override
	public void seed() {
		Random random = new Random(26);
		Instant now = clock.instant();
		List<Long> communities = jdbc.sql("select distinct community_id from threads order by community_id")
				.query(Long.class).list();
		for (int c = 0; c < communities.size(); c++) {
			boolean quiet = c % 4 == 3;
			List<Long> threads = jdbc.sql("select id from threads where community_id = ? order by id")
					.param(communities.get(c)).query(Long.class).list();
			for (int t = 0; t < threads.size(); t++) {
				// the last thread of a lively community is recent; a quiet one's newest is two
				// months old
				boolean newest = t == threads.size() - 1;
				long oldestDays = !quiet && newest ? 14 : HALF_YEAR.toDays();
				long newestDays = quiet ? 62 : 0;
				long days = newestDays + (long) (random.nextDouble() * (oldestDays - newestDays));
				Instant started = now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(random.nextInt(600)));
				Instant last = started;
				List<Long> replies = jdbc.sql("select id from replies where thread_id = ? order by id")
						.param(threads.get(t)).query(Long.class).list();
				List<Instant> times = new ArrayList<>();
				for (int r = 0; r < replies.size(); r++) {
					last = last.plus(Duration.ofHours(2 + random.nextInt(quiet ? 48 : 240)));
					if (last.isAfter(now)) {
						last = now.minus(Duration.ofMinutes(replies.size() - r));
					}
					times.add(last);
				}
				for (int r = 0; r < replies.size(); r++) {
					jdbc.sql("update replies set created_at = ?, updated_at = ? where id = ?")
							.params(utc(times.get(r)), utc(times.get(r)), replies.get(r)).update();
				}
				jdbc.sql("update threads set created_at = ?, updated_at = ?, last_activity_at = ? where id = ?")
						.params(utc(started), utc(started), utc(last), threads.get(t)).update();
			}
		}
	}

	private static Object utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
