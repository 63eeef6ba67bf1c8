package org.constellation.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipState;

/**
 * A session as its room reads it, made without a database, for tests of what
 * the room shows from outside this package.
 */
public final class Rooms {

	private Rooms() {
	}

	/**
	 * A session of a partnership of {@code partners} (ids 1, 2, …) at step
	 * {@code step} (0-based; -1: not started) of a routine with these step titles,
	 * read by partner {@code viewer}; {@code lookAgain} earlier commitments wait.
	 */
	public static SessionDetails at(int step, List<String> titles, long viewer, int partners, boolean lookAgain) {
		Instant start = Instant.parse("2026-03-10T15:00:00Z");
		Session s = new Session(1L, 1, start.atZone(ZoneId.of("Europe/Berlin")), 60, start, start);
		Routine routine = new Routine(1L, 1L, start);
		routine.write("R", "", titles.stream().map(t -> new RoutineStep(t, "", 10)).toList(), start);
		if (step >= 0) {
			s.begin(routine, start);
			s.goTo(step, titles.size(), start.plusSeconds(60));
		}
		List<Long> seats = java.util.stream.LongStream.rangeClosed(1, partners).boxed().toList();
		List<Commitment> again = lookAgain
				? List.of(new Commitment(1L, 99L, 1L, "Ask a parent", start.minusSeconds(86_400)))
				: List.of();
		return new SessionDetails(new PartnershipRef(1L, "Focus", PartnershipState.ACTIVE), partners, s,
				SessionRoles.of(1, seats), step >= 0 ? routine : null, List.of(), null, List.of(), List.of(), again,
				List.of(), null, List.of(routine), Map.of(), viewer, start.plusSeconds(120));
	}

	/** The same session, ended: held or not. */
	public static SessionDetails ended(boolean held) {
		SessionDetails d = at(0, List.of("Talk"), 2, 2, false);
		d.session().end(false, 1, held, Instant.parse("2026-03-10T16:00:00Z"));
		return d;
	}
}
