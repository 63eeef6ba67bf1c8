package org.constellation.recognition;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Value stories a person wrote and endorsements given or received. On deletion
 * endorsements are withdrawn; stories stay with the community, told by a former
 * member.
 */
@Component
class RecognitionPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	RecognitionPersonalData(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public String section() {
		return "recognition";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("valueStories", PersonalRows.of(jdbc,
				"select c.name as community, s.title, s.body, s.evidence, s.visibility, s.created_at, s.updated_at "
						+ "from value_stories s join communities c on c.id = s.community_id where s.author_id = ? "
						+ "order by s.created_at",
				me));
		out.put("endorsementsGiven",
				PersonalRows.of(jdbc, "select e.social_artist_id, e.note, e.support, e.support_kind, e.created_at "
						+ "from endorsements e where e.sponsor_id = ? " + "order by e.created_at", me));
		out.put("endorsementsReceived", PersonalRows.of(jdbc,
				// what a sponsor wrote about them is the sponsor's words: only that it was
				// given
				"select e.support_kind, e.created_at from endorsements e where e.social_artist_id = ? "
						+ "order by e.created_at",
				me));
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		jdbc.sql("delete from endorsements where sponsor_id = ? or social_artist_id = ?")
				.params(person.practitionerId(), person.practitionerId()).update();
	}
}
