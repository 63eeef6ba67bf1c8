package org.constellation.sessions;

import org.constellation.partnerships.PartnerStanding;
import org.constellation.partnerships.PartnershipSection;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * The next session and the partnership's rhythm, first on its overview, so
 * partners see at a glance when they meet and how regularly they have.
 */
@Component
class SessionsSection implements PartnershipSection {

	record Model(long partnershipId, Session next, Momentum momentum) {
	}

	private final SessionService sessions;

	SessionsSection(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "partnerships/sessions/section :: section";
	}

	@Override
	public Object model(long partnershipId, PartnerStanding standing, AccountPrincipal viewer) {
		SessionsOverview o = sessions.overview(viewer, partnershipId);
		Session next = o.upcoming().stream().filter(s -> s.getStatus() != SessionStatus.CANCELLED).findFirst()
				.orElse(null);
		return new Model(partnershipId, next, o.momentum());
	}
}
