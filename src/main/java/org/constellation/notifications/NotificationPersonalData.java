package org.constellation.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a person wants to hear of things, and their inbox. On deletion all of it
 * goes. Mail already sent is not kept by the app (it went to a mail server, or
 * into the operator's mail folder), so there is none to remove here.
 */
@Component
class NotificationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	NotificationPersonalData(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** Who a person who deleted their account is in the notices others keep. */
	static final String FORMER_MEMBER = "A former member";

	@Override
	public String section() {
		return "notifications";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("preferences", PersonalRows.of(jdbc,
				"select topic, delivery from notification_preferences where practitioner_id = ? order by topic", me));
		out.put("inbox", PersonalRows.of(jdbc,
				// a notice's subject and text tell what others did, often in their names
				// and words: only when, what about and where
				"select topic, link, created_at, read_at from notices where recipient_id = ? " + "order by created_at",
				me));
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		Long me = person.practitionerId();
		jdbc.sql("delete from notices where recipient_id = ?").params(me).update();
		// notices others were sent name the person ("… stepped out", "… invites
		// you"): the name goes from each of them
		person.name().ifPresent(name -> {
			String like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			jdbc.sql("update notices set subject = left(replace(subject, ?, ?), 300), "
					+ "text = left(replace(text, ?, ?), 4000) where subject like ? escape '\\' or text like ? escape '\\'")
					.params(name, FORMER_MEMBER, name, FORMER_MEMBER, like, like).update();
		});
		jdbc.sql("delete from notification_preferences where practitioner_id = ?").params(me).update();
		jdbc.sql("delete from unsubscribe_links where practitioner_id = ?").params(me).update();
	}
}
