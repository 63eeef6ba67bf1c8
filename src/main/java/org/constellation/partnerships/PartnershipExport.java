package org.constellation.partnerships;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything one partner wrote in a partnership, part by part, for them to
 * keep. Only their own words: what others said stays with the partnership.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipExport {

	private final PartnershipAccess access;
	private final PartnershipService partnerships;
	private final List<PartnershipContent> parts;
	private final Clock clock;

	PartnershipExport(PartnershipAccess access, PartnershipService partnerships, List<PartnershipContent> parts,
			Clock clock) {
		this.access = access;
		this.partnerships = partnerships;
		this.parts = parts;
		this.clock = clock;
	}

	public Map<String, Object> mine(AccountPrincipal me, long id) {
		access.requirePartner(me, id);
		Partnership p = partnerships.partnership(id);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("partnershipId", p.getId());
		out.put("focus", p.getFocus());
		out.put("state", p.getState());
		out.put("exportedAt", clock.instant());
		out.put("takeaway", partnerships.takeawayOf(id, me.practitionerId()));
		for (PartnershipContent part : parts) {
			out.put(part.part(), part.writtenBy(id, me.practitionerId()));
		}
		return out;
	}
}
