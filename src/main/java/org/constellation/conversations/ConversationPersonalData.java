package org.constellation.conversations;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The threads and replies a person wrote. On deletion they stay, because
 * others' replies build on them, and show "a former member" instead of a name;
 * what they followed is forgotten.
 */
@Component
class ConversationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	ConversationPersonalData(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public String section() {
		return "conversations";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("threads", PersonalRows.of(jdbc,
				"select t.id, c.name as community, t.kind, t.title, t.body, t.created_at, t.updated_at from threads t "
						+ "join communities c on c.id = t.community_id where t.author_id = ? order by t.created_at",
				me));
		out.put("replies", PersonalRows.of(jdbc,
				// a thread's title is its author's words: the reply names the thread by number
				"select r.id, r.thread_id, r.kind, r.body, r.created_at, r.updated_at from replies r "
						+ "where r.author_id = ? order by r.created_at",
				me));
		out.put("followedThreads", PersonalRows.of(jdbc,
				"select f.thread_id from thread_follows f where f.practitioner_id = ? order by f.thread_id", me));
		out.put("followedCommunities",
				PersonalRows.of(jdbc,
						"select c.name from community_follows f join communities c on c.id = f.community_id "
								+ "where f.practitioner_id = ?",
						me));
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		jdbc.sql("delete from thread_follows where practitioner_id = ?").params(person.practitionerId()).update();
		jdbc.sql("delete from community_follows where practitioner_id = ?").params(person.practitionerId()).update();
	}
}
