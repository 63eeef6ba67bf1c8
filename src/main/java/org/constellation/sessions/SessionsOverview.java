package org.constellation.sessions;

import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipState;

/**
 * A partnership's sessions page: its cadence (null when none is set), what is
 * coming, what has passed, and its rhythm.
 */
public record SessionsOverview(PartnershipRef partnership, int partnerCount, Cadence cadence, List<Session> upcoming,
		List<Session> past, Momentum momentum, Map<Integer, SessionRoles> roles, Map<Long, String> names) {

	public boolean plans() {
		return partnership.state() == PartnershipState.ACTIVE;
	}

	public boolean writable() {
		return partnership.state().isOpen();
	}
}
