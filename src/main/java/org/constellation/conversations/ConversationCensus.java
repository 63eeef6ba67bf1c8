package org.constellation.conversations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much every community has written, week by week: counts only, never
 * content. One statement, grouped in the database, because a national
 * constellation holds millions of posts.
 */
@Component
public class ConversationCensus {

	/**
	 * Threads and replies written in a community in week {@code week} (0 is the
	 * first).
	 */
	public record WeeklyPosts(long communityId, int week, int posts) {
	}

	private final JdbcClient jdbc;

	ConversationCensus(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Posts per community and week since {@code firstWeek}, weeks counted in whole
	 * seven days from it (so the database's time zone plays no part).
	 */
	@Transactional(readOnly = true)
	public List<WeeklyPosts> weeklyPostsSince(Instant firstWeek) {
		List<WeeklyPosts> weeks = new ArrayList<>();
		jdbc.sql(
				"""
						select community_id, week, count(*) from (
						  select community_id, cast(floor((extract(epoch from created_at) - :first) / 604800) as integer) as week
						  from (
						    select community_id, created_at from threads where created_at >= :since
						    union all
						    select t.community_id, r.created_at from replies r join threads t on t.id = r.thread_id
						    where r.created_at >= :since
						  ) posts
						) weekly
						group by community_id, week""")
				.param("first", firstWeek.getEpochSecond()).param("since", firstWeek.atOffset(ZoneOffset.UTC))
				.query(rs -> {
					weeks.add(new WeeklyPosts(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
				});
		return weeks;
	}
}
