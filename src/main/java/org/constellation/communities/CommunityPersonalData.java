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
 * A person's memberships and what they added to communities. On deletion their
 * memberships end (a community left without a convener shows it in its health);
 * practice work, the repertoire and the glossary stay for the community, shown
 * as written by a former member.
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
		out.put("practiceWork", PersonalRows.of(jdbc,
				"select c.name as community, w.title, w.goal, w.status, w.created_at from practice_work w "
						+ "join communities c on c.id = w.community_id where w.proposed_by = ? order by w.created_at",
				me));
		out.put("practiceWorkOutputs",
				PersonalRows.of(jdbc,
						"select w.title as work, o.title, o.url, o.note, o.added_at from practice_work_outputs o "
								+ "join practice_work w on w.id = o.work_id where o.added_by = ? order by o.added_at",
						me));
		out.put("artifacts", PersonalRows.of(jdbc,
				"select c.name as community, a.kind, a.title, a.body, a.url, a.created_at, a.updated_at from artifacts a "
						+ "join communities c on c.id = a.community_id where a.created_by = ? order by a.created_at",
				me));
		out.put("glossaryTerms", PersonalRows.of(jdbc,
				"select c.name as community, g.term, g.meaning, g.example, g.created_at from glossary_terms g "
						+ "join communities c on c.id = g.community_id where g.created_by = ? order by g.created_at",
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
		jdbc.sql("delete from practice_work_participants where practitioner_id = ?").params(person.practitionerId())
				.update();
		jdbc.sql("delete from community_invitations where lower(email) = lower(?) and accepted_at is null")
				.params(person.email()).update();
	}
}
