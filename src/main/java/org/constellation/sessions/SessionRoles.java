package org.constellation.sessions;

import java.util.List;

/**
 * Who hosts, keeps time and keeps notes in a session. The roles rotate with the
 * session's number over the current partners in seat order, so nobody leads a
 * partnership; they give no powers the others lack.
 */
public record SessionRoles(Long host, Long timekeeper, Long noteKeeper) {

	public static SessionRoles of(int sessionNumber, List<Long> partnersInSeatOrder) {
		int size = partnersInSeatOrder.size();
		if (size == 0) {
			return new SessionRoles(null, null, null);
		}
		int first = Math.floorMod(sessionNumber - 1, size);
		return new SessionRoles(partnersInSeatOrder.get(first), partnersInSeatOrder.get((first + 1) % size),
				partnersInSeatOrder.get((first + 2) % size));
	}
}
