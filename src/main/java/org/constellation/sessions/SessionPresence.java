package org.constellation.sessions;

import java.util.List;
import java.util.Map;
import org.constellation.partnerships.PartnershipRef;

/**
 * The attendance history: sessions that have started or passed, by partner.
 * {@code checkIns} is keyed by session id, then practitioner id.
 */
public record SessionPresence(PartnershipRef partnership, int partnerCount, List<Session> sessions, List<Long> partners,
		Map<Long, Map<Long, CheckIn>> checkIns, Map<Long, String> names) {

	public CheckIn at(Session session, Long practitionerId) {
		return checkIns.getOrDefault(session.getId(), Map.of()).get(practitionerId);
	}
}
