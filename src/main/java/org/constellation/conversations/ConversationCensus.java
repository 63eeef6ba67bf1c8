package org.constellation.conversations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much every community has written, week by week: counts only, never
 * content. Grouped in the database, because a national constellation holds
 * millions of posts.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class ConversationCensus {

	/**
	 * Threads and replies written in a community in week {@code week} (0 is the
	 * first).
	 */
	@NamedInterface(name = "api", propagate = false)
	public record WeeklyPosts(long communityId, int week, int posts) {
	}

	private final JdbcClient jdbc;

	ConversationCensus(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Changes whenever a thread or reply is written: the newest of each, one step
	 * down the primary key. Posts are not deleted (a person who deletes their
	 * account leaves what they wrote under a former member's name), and an edit
	 * does not change what the constellation counts (posts per week), so no count
	 * is needed: at national scale counting a million posts took a quarter of a
	 * second.
	 */
	@Transactional(readOnly = true)
	public String stamp() {
		return jdbc.sql("select coalesce((select max(id) from threads), 0) || '/' "
				+ "|| coalesce((select max(id) from replies), 0)").query(String.class).single();
	}

	/**
	 * Posts per community and week since {@code firstWeek}, weeks counted in whole
	 * seven days from it (so the database's time zone plays no part). Threads and
	 * replies are counted by two grouped statements: H2 evaluates a derived table
	 * of both once per row.
	 */
	@Transactional(readOnly = true)
	public List<WeeklyPosts> weeklyPostsSince(Instant firstWeek) {
		Map<List<Long>, Integer> counts = new HashMap<>();
		for (String sql : List.of("""
				select community_id, cast(floor((extract(epoch from created_at) - :first) / 604800) as integer) as week,
				  count(*)
				from threads where created_at >= :since
				group by community_id, week""",
				"""
						select t.community_id, cast(floor((extract(epoch from r.created_at) - :first) / 604800) as integer) as week,
						  count(*)
						from replies r join threads t on t.id = r.thread_id where r.created_at >= :since
						group by t.community_id, week""")) {
			jdbc.sql(sql).param("first", firstWeek.getEpochSecond()).param("since", firstWeek.atOffset(ZoneOffset.UTC))
					.query(rs -> {
						counts.merge(List.of(rs.getLong(1), rs.getLong(2)), rs.getInt(3), Integer::sum);
					});
		}
		List<WeeklyPosts> weeks = new ArrayList<>();
		counts.forEach((key, posts) -> weeks.add(new WeeklyPosts(key.get(0), key.get(1).intValue(), posts)));
		return weeks;
	}
}
