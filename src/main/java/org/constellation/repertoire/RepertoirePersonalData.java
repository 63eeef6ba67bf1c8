package org.constellation.repertoire;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person added to communities' practice: work proposed, outputs, pieces
 * of the repertoire and glossary terms. On deletion they stop taking part in
 * practice work; what they added stays for the community, shown as written by a
 * former member.
 */
@Component
class RepertoirePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	RepertoirePersonalData(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public String section() {
		return "repertoire";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
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
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		jdbc.sql("delete from practice_work_participants where practitioner_id = ?").params(person.practitionerId())
				.update();
	}
}
