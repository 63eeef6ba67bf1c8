package org.constellation.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.constellation.partnerships.PartnershipContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a partner said in sessions — check-ins, notes, commitments and
 * reflections — for their own download. Each line carries the session's number.
 * When they delete their account, all of it is deleted, and the cadences and
 * routines they set or wrote stay with the partnership, no longer attributed.
 */
@Component
class SessionContent implements PartnershipContent {

	record Said(String kind, Integer session, String text, Boolean attending, String status, Boolean shared,
			Instant at) {
	}

	private final Sessions sessions;
	private final CheckIns checkIns;
	private final SessionNotes notes;
	private final Commitments commitments;
	private final Reflections reflections;
	private final JdbcClient jdbc;

	SessionContent(Sessions sessions, CheckIns checkIns, SessionNotes notes, Commitments commitments,
			Reflections reflections, DataSource dataSource) {
		this.sessions = sessions;
		this.checkIns = checkIns;
		this.notes = notes;
		this.commitments = commitments;
		this.reflections = reflections;
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public String part() {
		return "sessions";
	}

	@Override
	public List<?> writtenBy(long partnershipId, long practitionerId) {
		Map<Long, Integer> numbers = sessions.ofPartnership(partnershipId).stream()
				.collect(Collectors.toMap(Session::getId, Session::getNumber, (a, b) -> a));
		Function<Long, Integer> number = numbers::get;
		var out = new java.util.ArrayList<Said>();
		checkIns.writtenBy(partnershipId, practitionerId).forEach(c -> out.add(new Said("checkIn",
				number.apply(c.getSessionId()), c.getLine(), c.isAttending(), null, null, c.getUpdatedAt())));
		notes.writtenBy(partnershipId, practitionerId).forEach(n -> out.add(
				new Said("note", number.apply(n.getSessionId()), n.getBody(), null, null, null, n.getCreatedAt())));
		commitments.writtenBy(partnershipId, practitionerId).forEach(c -> out.add(new Said("commitment",
				number.apply(c.getSessionId()), c.getBody(), null, c.getStatus().name(), null, c.getCreatedAt())));
		reflections.writtenBy(partnershipId, practitionerId).forEach(r -> out.add(new Said("reflection",
				number.apply(r.getSessionId()), r.getBody(), null, null, r.isShared(), r.getUpdatedAt())));
		return out;
	}

	@Override
	public void forget(long practitionerId) {
		jdbc.sql("delete from session_notes where author_id = ?").params(practitionerId).update();
		jdbc.sql("delete from session_check_ins where practitioner_id = ?").params(practitionerId).update();
		jdbc.sql("delete from session_commitments where practitioner_id = ?").params(practitionerId).update();
		jdbc.sql("delete from session_reflections where practitioner_id = ?").params(practitionerId).update();
		jdbc.sql("update partnership_cadences set updated_by = null where updated_by = ?").params(practitionerId)
				.update();
		jdbc.sql("update routines set created_by = null where created_by = ?").params(practitionerId).update();
	}
}
