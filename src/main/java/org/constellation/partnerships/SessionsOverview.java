package org.constellation.partnerships;

import java.util.List;
import java.util.Map;

/**
 * A partnership's sessions page: its cadence (null when none is set), what is
 * coming, what has passed, and its rhythm.
 */
public record SessionsOverview(Partnership partnership, int partnerCount, Cadence cadence, List<Session> upcoming,
		List<Session> past, Momentum momentum, Map<Integer, SessionRoles> roles, Map<Long, String> names) {

	public boolean plans() {
		return partnership.getState() == PartnershipState.ACTIVE;
	}

	public boolean writable() {
		return partnership.getState().isOpen();
	}
}
