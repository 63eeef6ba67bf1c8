package org.constellation.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the constellation's aggregate views need to know of every practitioner:
 * the level of their home place and their stakeholder groups. Two statements
 * whatever the number of people; names stay behind {@link People}, profiles
 * behind {@link ProfileService}.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class PractitionerCensus {

	/**
	 * A practitioner's level of scale (null without a home place) and stakeholder
	 * groups.
	 */
	@NamedInterface(name = "api", propagate = false)
	public record PractitionerFact(long id, Long homeLevelId, Set<Long> groupIds) {
	}

	private final JdbcClient jdbc;

	PractitionerCensus(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Transactional(readOnly = true)
	public Map<Long, PractitionerFact> practitioners() {
		Map<Long, PractitionerFact> byId = new HashMap<>();
		jdbc.sql("select p.id, pl.level_id from practitioners p left join places pl on pl.id = p.home_place_id")
				.query(rs -> {
					long levelId = rs.getLong(2);
					Long level = rs.wasNull() ? null : levelId;
					byId.put(rs.getLong(1), new PractitionerFact(rs.getLong(1), level, new HashSet<>(2)));
				});
		jdbc.sql("select practitioner_id, stakeholder_group_id from practitioner_stakeholder_groups").query(rs -> {
			PractitionerFact fact = byId.get(rs.getLong(1));
			if (fact != null) {
				fact.groupIds().add(rs.getLong(2));
			}
		});
		return byId;
	}

	/**
	 * Changes whenever a practitioner joins or changes their profile: the newest
	 * row and the latest change, each one step down an index. Practitioners are
	 * never deleted (a deleted account's profile is emptied, which is a change).
	 */
	@Transactional(readOnly = true)
	public String stamp() {
		return jdbc
				.sql("select coalesce((select max(id) from practitioners), 0) || '/' "
						+ "|| coalesce(cast((select max(updated_at) from practitioners) as varchar(40)), '')")
				.query(String.class).single();
	}
}
