package org.constellation.partnerships;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the constellation may know of partnerships started in communities: how
 * many meet and how many sessions they held — counts and rhythm, never who or
 * what. One statement whatever the number. The sessions are counted straight
 * from their table (the sessions module's), so that this module never depends
 * on the one that plans them.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class PartnershipCensus {

	/**
	 * Partnerships meeting (active or paused) in a community and their sessions
	 * held since a date.
	 */
	@NamedInterface(name = "api", propagate = false)
	public record CommunityRhythm(long communityId, int meeting, int sessionsHeld) {
	}

	private final JdbcClient jdbc;

	PartnershipCensus(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Changes whenever a partnership or one of its sessions is made or changed:
	 * each change raises its version.
	 */
	@Transactional(readOnly = true)
	public String stamp() {
		return jdbc.sql("select (select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) "
				+ "from partnerships) || '/' || (select count(*) || '/' || coalesce(max(id), 0) || '/' "
				+ "|| coalesce(sum(version), 0) from partnership_sessions)").query(String.class).single();
	}

	@Transactional(readOnly = true)
	public Map<Long, CommunityRhythm> byCommunity(Instant sessionsSince) {
		Map<Long, CommunityRhythm> counts = new HashMap<>();
		jdbc.sql(
				"""
						select p.community_id, count(distinct p.id),
						  count(s.id)
						from partnerships p
						left join partnership_sessions s on s.partnership_id = p.id and s.status = 'HELD' and s.starts_at > :since
						where p.community_id is not null and p.state in ('ACTIVE', 'PAUSED')
						group by p.community_id""")
				.param("since", sessionsSince.atOffset(ZoneOffset.UTC)).query(rs -> {
					counts.put(rs.getLong(1), new CommunityRhythm(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
				});
		return counts;
	}
}
