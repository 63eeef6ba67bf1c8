package org.constellation.gatherings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every community's gathering rhythm at once: how many it held lately, the last
 * one and the next. One statement whatever the number of communities.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class GatheringCensus {

	/**
	 * A community's gatherings held since the window began, the last held and the
	 * next planned.
	 */
	@NamedInterface(name = "api", propagate = false)
	public record Rhythm(long communityId, int heldInWindow, Instant lastHeld, Instant next) {
	}

	private final JdbcClient jdbc;

	GatheringCensus(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Changes whenever a gathering is proposed, changed or cancelled: each change
	 * raises its version.
	 */
	@Transactional(readOnly = true)
	public String stamp() {
		return jdbc.sql(
				"select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) from gatherings")
				.query(String.class).single();
	}

	@Transactional(readOnly = true)
	public Map<Long, Rhythm> rhythms(Instant windowStart, Instant now) {
		Map<Long, Rhythm> byCommunity = new HashMap<>();
		jdbc.sql("""
				select community_id,
				  sum(case when starts_at >= :start and ends_at <= :now then 1 else 0 end),
				  max(case when ends_at <= :now then starts_at end),
				  min(case when starts_at > :now then starts_at end)
				from gatherings where cancelled_at is null group by community_id""")
				.param("start", windowStart.atOffset(ZoneOffset.UTC)).param("now", now.atOffset(ZoneOffset.UTC))
				.query(rs -> {
					OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
					OffsetDateTime next = rs.getObject(4, OffsetDateTime.class);
					byCommunity.put(rs.getLong(1), new Rhythm(rs.getLong(1), rs.getInt(2),
							last == null ? null : last.toInstant(), next == null ? null : next.toInstant()));
				});
		return byCommunity;
	}
}
