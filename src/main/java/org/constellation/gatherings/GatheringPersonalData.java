package org.constellation.gatherings;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gatherings a person proposed, their answers and attendance. On deletion their
 * answers and calendar feed go; gatherings they proposed stay for the
 * community, and past attendance stays as a count of a former member.
 */
@Component
class GatheringPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	GatheringPersonalData(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public String section() {
		return "gatherings";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("proposed", PersonalRows.of(jdbc,
				"select c.name as community, g.title, g.starts_at, g.ends_at, g.time_zone, g.place, g.online_link, "
						+ "g.agenda, g.cancelled_at, g.created_at from gatherings g join communities c on c.id = g.community_id "
						+ "where g.proposed_by = ? order by g.starts_at",
				me));
		out.put("rsvps", PersonalRows.of(jdbc,
				// a gathering's title is its proposer's words: named by number here
				"select g.id as gathering_id, g.starts_at, r.response, r.responded_at from gathering_rsvps r "
						+ "join gatherings g on g.id = r.gathering_id where r.practitioner_id = ? order by g.starts_at",
				me));
		out.put("attended",
				PersonalRows.of(jdbc, "select g.id as gathering_id, g.starts_at from gathering_attendance a "
						+ "join gatherings g on g.id = a.gathering_id where a.practitioner_id = ? order by g.starts_at",
						me));
		out.put("hasCalendarFeed", jdbc.sql("select count(*) from calendar_feeds where practitioner_id = ?").param(me)
				.query(Long.class).single() > 0);
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		jdbc.sql("delete from gathering_rsvps where practitioner_id = ?").params(person.practitionerId()).update();
		jdbc.sql("delete from calendar_feeds where practitioner_id = ?").params(person.practitionerId()).update();
	}
}
