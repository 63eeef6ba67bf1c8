package org.constellation.journeys;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's whole journey. It is theirs alone: on deletion all of it goes,
 * including journal entries they shared into a partnership.
 */
@Component
class JourneyPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	JourneyPersonalData(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public String section() {
		return "journey";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("stageReflections", PersonalRows.of(jdbc,
				"select s.name as stage, r.reflected_on, r.reflection, r.created_at from stage_reflections r "
						+ "join journey_stages s on s.id = r.stage_id where r.practitioner_id = ? order by r.reflected_on",
				me));
		out.put("journal",
				PersonalRows.of(jdbc,
						"select id, title, body, written_at, updated_at from journal_entries where practitioner_id = ? "
								+ "order by written_at",
						me));
		out.put("bewilderments", PersonalRows.of(jdbc,
				"select id, text, state, noted_at, settled_at from bewilderments where practitioner_id = ? order by noted_at",
				me));
		out.put("bewildermentNotes",
				PersonalRows.of(jdbc, "select v.bewilderment_id, v.note, v.revisited_at from bewilderment_revisits v "
						+ "join bewilderments b on b.id = v.bewilderment_id where b.practitioner_id = ? order by v.revisited_at",
						me));
		out.put("milestones", PersonalRows.of(jdbc,
				"select title, happened_on, note, created_at from milestones where practitioner_id = ? order by happened_on",
				me));
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		Long me = person.practitionerId();
		jdbc.sql(
				"delete from journal_shares where entry_id in (select id from journal_entries where practitioner_id = ?)")
				.params(me).update();
		jdbc.sql("delete from journal_entries where practitioner_id = ?").params(me).update();
		jdbc.sql("delete from bewilderment_revisits where bewilderment_id in "
				+ "(select id from bewilderments where practitioner_id = ?)").params(me).update();
		jdbc.sql("delete from bewilderments where practitioner_id = ?").params(me).update();
		jdbc.sql("delete from stage_reflections where practitioner_id = ?").params(me).update();
		jdbc.sql("delete from milestones where practitioner_id = ?").params(me).update();
	}
}
