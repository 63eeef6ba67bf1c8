package org.constellation.communities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's memberships, the communities they convened and their notes on a
 * community's stage. On deletion their memberships end (a community left
 * without a convener shows it in its health) and their unanswered invitations
 * go; what they added to a community's practice is the repertoire module's
 * part.
 */
@Component
class CommunityPersonalData implements PersonalData {

	private final JdbcClient jdbc;
	private final Clock clock;

	CommunityPersonalData(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public String section() {
		return "communities";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("memberships", PersonalRows.of(jdbc,
				"select c.name as community, m.status, m.participation, m.convener, m.why_here, m.legitimacy, "
						+ "m.created_at, m.updated_at from memberships m join communities c on c.id = m.community_id "
						+ "where m.practitioner_id = ? order by m.created_at",
				me));
		out.put("communitiesConvened", PersonalRows.of(jdbc,
				"select name, purpose, practice, created_at from communities where created_by = ? order by created_at",
				me));
		out.put("stageNotes", PersonalRows.of(jdbc,
				"select c.name as community, s.stage, s.note, s.changed_at from community_stage_changes s "
						+ "join communities c on c.id = s.community_id where s.changed_by = ? order by s.changed_at",
				me));
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		jdbc.sql("update memberships set status = case when status = 'ACTIVE' or status = 'LEFT' then 'LEFT' "
				+ "else 'DECLINED' end, convener = false, why_here = '', legitimacy = '', updated_at = ? "
				+ "where practitioner_id = ?").params(now, person.practitionerId()).update();
		jdbc.sql("delete from community_invitations where lower(email) = lower(?) and accepted_at is null")
				.params(person.email()).update();
	}
}
