package org.constellation.communities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every community and every active membership at once, for the constellation's
 * aggregate views: eight statements whatever the number of communities, read as
 * plain rows because a national constellation holds thousands of communities
 * and hundreds of thousands of memberships.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class CommunityCensus {

	/**
	 * A community as the constellation sees it: its charter and its members'
	 * counts, no content.
	 */
	@NamedInterface(name = "api", propagate = false)
	public record CommunityFact(long id, String name, Stage stage, Visibility visibility, Instant createdAt,
			Instant lastActivityAt, boolean hasPurpose, boolean hasPractice, Set<Long> issueIds,
			Set<Long> askedGroupIds, Set<Long> neededLevelIds, Set<Long> placeIds, Set<Long> levelIds,
			Set<String> activities, Set<Long> convenerIds, Map<Participation, Integer> participation) {

		public int memberCount() {
			return participation.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** One person's active membership and when it began. */
	@NamedInterface(name = "api", propagate = false)
	public record MembershipFact(long communityId, long practitionerId, Instant since) {
	}

	private final JdbcClient jdbc;

	CommunityCensus(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Transactional(readOnly = true)
	public List<CommunityFact> communities() {
		Map<Long, CommunityFact> byId = new HashMap<>();
		List<CommunityFact> all = new ArrayList<>();
		jdbc.sql(
				"select id, name, stage, visibility, created_at, last_activity_at, purpose, practice from communities order by id")
				.query(rs -> {
					CommunityFact fact = new CommunityFact(rs.getLong(1), rs.getString(2),
							Stage.valueOf(rs.getString(3)), Visibility.valueOf(rs.getString(4)), instant(rs, 5),
							instant(rs, 6), !rs.getString(7).isBlank(), !rs.getString(8).isBlank(),
							new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
							new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
							new EnumMap<>(Participation.class));
					byId.put(fact.id(), fact);
					all.add(fact);
				});
		pairs("select community_id, issue_id from community_issues", byId, (c, rs) -> c.issueIds().add(rs.getLong(2)));
		pairs("select community_id, stakeholder_group_id from community_stakeholder_groups", byId,
				(c, rs) -> c.askedGroupIds().add(rs.getLong(2)));
		pairs("select community_id, level_id from community_needed_levels", byId,
				(c, rs) -> c.neededLevelIds().add(rs.getLong(2)));
		pairs("select cp.community_id, cp.place_id, p.level_id from community_places cp join places p on p.id = cp.place_id",
				byId, (c, rs) -> {
					c.placeIds().add(rs.getLong(2));
					c.levelIds().add(rs.getLong(3));
				});
		pairs("select community_id, activity from community_activities", byId,
				(c, rs) -> c.activities().add(rs.getString(2)));
		pairs("select community_id, practitioner_id from memberships where status = 'ACTIVE' and convener = true", byId,
				(c, rs) -> c.convenerIds().add(rs.getLong(2)));
		pairs("select community_id, participation, count(*) from memberships where status = 'ACTIVE' "
				+ "group by community_id, participation", byId,
				(c, rs) -> c.participation().put(Participation.valueOf(rs.getString(2)), (int) rs.getLong(3)));
		return all;
	}

	@Transactional(readOnly = true)
	public List<MembershipFact> activeMemberships() {
		List<MembershipFact> all = new ArrayList<>();
		jdbc.sql("select community_id, practitioner_id, created_at from memberships where status = 'ACTIVE'")
				.query(rs -> {
					all.add(new MembershipFact(rs.getLong(1), rs.getLong(2), instant(rs, 3)));
				});
		return all;
	}

	/**
	 * Changes whenever a community, its charter or a membership changes: the newest
	 * row and the latest change of each, two aggregates the constellation compares
	 * before it trusts what it keeps. Neither table loses rows (a community is not
	 * deleted; a member who leaves, or whose account is deleted, keeps the row with
	 * its status changed), so no count is needed, and each aggregate is one step
	 * down an index: the stamp is read about once a second.
	 */
	@Transactional(readOnly = true)
	public String stamp() {
		return jdbc
				.sql("select coalesce((select max(id) from communities), 0) || '/' "
						+ "|| coalesce(cast((select max(updated_at) from communities) as varchar(40)), '') || '/' "
						+ "|| coalesce((select max(id) from memberships), 0) || '/' "
						+ "|| coalesce(cast((select max(updated_at) from memberships) as varchar(40)), '')")
				.query(String.class).single();
	}

	private interface RowAdder {
		void add(CommunityFact fact, ResultSet row) throws SQLException;
	}

	private void pairs(String sql, Map<Long, CommunityFact> byId, RowAdder add) {
		jdbc.sql(sql).query(rs -> {
			CommunityFact fact = byId.get(rs.getLong(1));
			if (fact != null) {
				add.add(fact, rs);
			}
		});
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
